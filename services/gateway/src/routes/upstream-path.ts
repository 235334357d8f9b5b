/** Fills the `:name` segments of an upstream path template with URL-encoded path parameters. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`path parameter "${name}" of ${template} has no value`);
    }
    return encodeURIComponent(value);
  });
}

/** Returns the query string of a request URL, with its `?`, or an empty string. */
export function queryStringOf(url: string): string {
  const index = url.indexOf('?');
  return index < 0 ? '' : url.slice(index);
}
