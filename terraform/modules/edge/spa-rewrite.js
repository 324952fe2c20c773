// CloudFront Function (viewer request, default behaviour only, i.e. the
// bucket): a folder path such as /styles/ gets its index.html, and a path with
// no file extension falls back to /index.html, the app's shell. The pages the
// server writes (/ and /artists/*) and /api/* are other cache behaviours and
// never reach this function.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.lastIndexOf('.') <= uri.lastIndexOf('/')) {
    request.uri = '/index.html';
  }
  return request;
}
