/** ASFF resource types and details for logs resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const logsAsff: AsffResourceMappers = {};
