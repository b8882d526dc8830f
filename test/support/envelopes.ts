/** The contract's documented 401 envelope, shared by tests, benchmarks and stories. */
export const ENVELOPE_401 = {
  request_id: 'e2cef6f6-296d-4044-b362-73fb2bce4a72',
  error: {
    status: 'Unauthorized',
    code: 2000,
    message: 'The API key provided is invalid.',
    cause: 'This key does not exist.',
    docs: 'https://developer.permutive.com/docs/errors/401/2000',
  },
};
