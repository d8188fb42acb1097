import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Opens each page as the signed-in person of `page`, on a 375 px phone, and reports what is wrong:
 * any axe WCAG 2.2 A/AA violation and any sideways scroll. Every page is visited before the test
 * fails, so one run lists every problem. (The wide layouts' frames are scanned in shell tests.)
 */
export async function problemsOn(page: Page, paths: string[]) {
  await page.setViewportSize({ width: 375, height: 800 });
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    if (!response || response.status() >= 400) {
      problems.push(`${path}: answered ${response?.status()}`);
      continue;
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`${path}: scrolls sideways by ${overflow}px at 375px`);
    // Email previews are framed, sandboxed documents, not pages of the product.
    const scan = await new AxeBuilder({ page }).withTags(wcag).exclude("iframe").analyze();
    for (const violation of scan.violations)
      problems.push(`${path}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  }
  return problems;
}
