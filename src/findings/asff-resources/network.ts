/** ASFF resource types and details for network resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const networkAsff: AsffResourceMappers = {};
