/** ASFF resource types and details for rds resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const rdsAsff: AsffResourceMappers = {};
