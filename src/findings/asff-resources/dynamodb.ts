/** ASFF resource types and details for dynamodb resources. */
import type { AsffResourceMappers } from '../asff-resource.js';

export const dynamodbAsff: AsffResourceMappers = {};
