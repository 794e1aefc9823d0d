/** ASFF resource types and details for iam resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const iamAsff: AsffResourceMappers = {};
