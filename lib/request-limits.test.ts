import { describe, expect, it } from "vitest";
import { DEFAULT_BODY_LIMIT, judgeRequestBody } from "./request-limits";

describe("request body limits", () => {
  it("keeps forms and the embeddable sign-in small", () => {
    expect(judgeRequestBody("POST", "/sign-in", { "content-length": String(DEFAULT_BODY_LIMIT + 1) })).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(judgeRequestBody("POST", "/api/embed/sign-in", { "content-length": String(20 * 1024) })).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(judgeRequestBody("POST", "/sign-in", { "content-length": "900" })).toEqual({ ok: true });
  });

  it("lets the upload pages take their files", () => {
    expect(judgeRequestBody("POST", "/console/import", { "content-length": String(40 * 1024 * 1024) })).toEqual({ ok: true });
    expect(judgeRequestBody("POST", "/api/files", { "content-length": String(90 * 1024 * 1024) })).toEqual({ ok: true });
    expect(judgeRequestBody("POST", "/api/files", { "transfer-encoding": "chunked" })).toMatchObject({ ok: false, status: 411 });
    expect(
      judgeRequestBody("POST", "/console/invoices/6f1c2a8e-7a0b-4c43-9d6e-3f2b1a0c9d8e", { "content-length": String(9 * 1024 * 1024) }),
    ).toMatchObject({ ok: false, status: 413 });
    expect(judgeRequestBody("POST", "/console/branding", { "content-length": String(7 * 1024 * 1024) })).toMatchObject({
      ok: false,
      status: 413,
    });
  });

  it("refuses a body of unknown length where it cannot be bounded, and a nonsense length", () => {
    expect(judgeRequestBody("POST", "/sign-in", { "transfer-encoding": "chunked" })).toMatchObject({ ok: false, status: 411 });
    expect(judgeRequestBody("POST", "/sign-in", { "content-length": "lots" })).toMatchObject({ ok: false, status: 411 });
    expect(judgeRequestBody("GET", "/sign-in", { "transfer-encoding": "chunked" })).toEqual({ ok: true });
  });
});
