/** ASFF resource types and details for secretsmanager resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const secretsmanagerAsff: AsffResourceMappers = {};
