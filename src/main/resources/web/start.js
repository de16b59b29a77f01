// The start page: the server's status, and Swagger UI on the served OpenAPI document. A file, not inline, so the
// page's content security policy can refuse inline scripts.
fetch('/api/v1/health').then(r => r.json()).then(h => {
  document.getElementById('status').textContent =
    'running: vaxline ' + h.version + ' on ' + h.store + ', status ' + h.status;
}).catch(() => { document.getElementById('status').textContent = 'the server does not answer'; });
window.ui = SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true
});
