// CloudFront Function (viewer request, default behaviour only): serve the
// single-page app's index.html for deep links such as /artists/123, so that
// the web app's router answers them. Paths with a file extension and /api/*
// (a separate cache behaviour) are untouched.
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
