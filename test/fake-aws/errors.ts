/** AWS-shaped errors, as the SDK raises them, for fakes and fault injection. */
export interface AwsErrorShape extends Error {
  $fault: 'client' | 'server';
  $metadata: { httpStatusCode?: number; requestId?: string };
}

const STATUS: Record<string, number> = {
  AccessDeniedException: 400,
  AccessDenied: 403,
  UnauthorizedOperation: 403,
  ThrottlingException: 400,
  Throttling: 400,
  RequestLimitExceeded: 503,
  TooManyRequestsException: 429,
  ProvisionedThroughputExceededException: 400,
  ResourceNotFoundException: 400,
  NotFoundException: 404,
  InternalServerError: 500,
  InternalFailure: 500,
  ServiceUnavailable: 503,
};

export function awsError(name: string, message = `${name} (injected)`, httpStatusCode = STATUS[name] ?? 400): AwsErrorShape {
  const error = new Error(message) as AwsErrorShape;
  error.name = name;
  error.$fault = httpStatusCode >= 500 ? 'server' : 'client';
  error.$metadata = { httpStatusCode, requestId: 'fake-request' };
  return error;
}
