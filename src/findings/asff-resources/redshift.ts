/** ASFF resource types and details for redshift resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const redshiftAsff: AsffResourceMappers = {};
