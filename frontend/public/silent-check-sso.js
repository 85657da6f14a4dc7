// keycloak-js loads this page in a hidden iframe after a silent login attempt and reads the
// result from the URL that Keycloak redirected to.
parent.postMessage(location.href, location.origin);
