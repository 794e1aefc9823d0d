/** ASFF resource types and details for cloudtrail resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const cloudtrailAsff: AsffResourceMappers = {};
