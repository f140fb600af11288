// Calls to the product's API (/api) with the Tasklist session. Writes carry the session's CSRF
// token (cookie XSRF-TOKEN, as Tasklist's own writes), which security.ApiAuthenticationFilter checks.

/** Where the product's API is: beside Camunda's webapps (app-root is the context path + '/camunda'). */
export function apiRoot() {
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return appRoot.substring(0, appRoot.lastIndexOf('/')) + '/api';
}

function csrfToken() {
  const found = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return found ? decodeURIComponent(found.substring('XSRF-TOKEN='.length)) : '';
}

/** A refusal of the API: its Vietnamese message and, per field, what is wrong. */
export class ApiError extends Error {
  constructor(status, message, problems) {
    super(message);
    this.status = status;
    this.problems = problems || [];
  }

  /** The message about one field, or null. */
  about(field) {
    const problem = this.problems.find(p => p.field === field);
    return problem ? problem.message : null;
  }
}

/** GET, POST with JSON, or POST with a FormData; resolves to the answer's JSON (null when empty). */
export async function call(method, path, body) {
  const headers = {Accept: 'application/json'};
  let payload;
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  let answer;
  try {
    answer = await fetch(apiRoot() + path, {method, headers, body: payload, credentials: 'same-origin'});
  } catch (e) {
    throw new ApiError(0, 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const text = await answer.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!answer.ok) {
    const message = data && typeof data.message === 'string' && data.message
      ? data.message
      : answer.status === 413
        ? 'Tệp quá lớn: tối đa 20 MB.'
        : `Máy chủ không thực hiện được yêu cầu (mã ${answer.status}). Hãy thử lại sau.`;
    throw new ApiError(answer.status, message, data && Array.isArray(data.problems) ? data.problems : []);
  }
  return data;
}
