/** ASFF resource types and details for glue resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const glueAsff: AsffResourceMappers = {};
