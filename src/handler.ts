/** The Lambda door (being built). */
export const handler = (): Promise<never> => Promise.reject(new Error('not built yet'));
