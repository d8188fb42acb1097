// Before the end-to-end tests: make sure a Chromium is there for Playwright to drive.
// Uses Playwright's own browser when installed, else the system's /usr/bin/chromium; with
// neither, installs Debian's package (as root with apt) or Playwright's download.
import { chromium } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

if (existsSync(chromium.executablePath()) || existsSync(SYSTEM_CHROMIUM)) process.exit(0);

const hasApt = (() => {
  try {
    execSync("command -v apt-get", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

if (process.getuid?.() === 0 && hasApt) {
  console.log("No Chromium found for the end-to-end tests: installing Debian's chromium package…");
  execSync("apt-get update && apt-get install -y chromium", { stdio: "inherit" });
} else {
  console.log("No Chromium found for the end-to-end tests: installing Playwright's Chromium…");
  execSync("npx playwright install chromium", { stdio: "inherit" });
}
