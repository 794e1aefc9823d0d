/** ASFF resource types and details for lakeformation resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const lakeformationAsff: AsffResourceMappers = {};
