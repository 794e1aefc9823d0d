/** ASFF resource types and details for kms resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const kmsAsff: AsffResourceMappers = {};
