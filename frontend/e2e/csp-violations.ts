import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';

/**
 * The `test` every spec uses: it fails a test when the browser reports a Content-Security-Policy
 * violation on any page the test opened (its own `page`, and contexts it made with
 * `browser.newContext()` / `browser.newPage()`), so the policy sent by scripts/serve-spa.mjs is
 * checked by every flow, not by one dedicated spec.
 *
 * Chromium logs "Refused to … because it violates the following Content Security Policy
 * directive …" in the console; an init script also turns the `securitypolicyviolation` event into a
 * console message, in case a violation is only reported as an event.
 */
const CSP_MESSAGE = /Content[ -]Security[ -]Policy/i;

function reportViolationsToConsole() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} on ${e.documentURI}`,
    );
  });
}

async function watch(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript(reportViolationsToConsole);
  context.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      await watch(context, violations);
      // Specs with two users open their own contexts: watch those too, for this test only.
      // (The fixture callback is named `provide`, not `use`, so the React hooks lint rule leaves it alone.)
      const newContext = browser.newContext;
      const patched: Browser['newContext'] = async (...args) => {
        const created = await newContext.apply(browser, args);
        await watch(created, violations);
        return created;
      };
      browser.newContext = patched;
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, 'the browser reported Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
