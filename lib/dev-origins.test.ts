import { describe, expect, it } from "vitest";
import { devHosts, machineAddresses, serverActionOrigins } from "./dev-origins";

describe("the dev server's origins", () => {
  const addresses = machineAddresses({
    lo: [{ address: "127.0.0.1", family: "IPv4", internal: true, netmask: "255.0.0.0", mac: "00:00:00:00:00:00", cidr: null }],
    eth0: [
      { address: "192.168.1.20", family: "IPv4", internal: false, netmask: "255.255.255.0", mac: "aa:bb:cc:dd:ee:ff", cidr: null },
      {
        address: "fe80::1",
        family: "IPv6",
        internal: false,
        netmask: "ffff:ffff:ffff:ffff::",
        mac: "aa:bb:cc:dd:ee:ff",
        cidr: null,
        scopeid: 2,
      },
      {
        address: "2001:db8::20",
        family: "IPv6",
        internal: false,
        netmask: "ffff:ffff:ffff:ffff::",
        mac: "aa:bb:cc:dd:ee:ff",
        cidr: null,
        scopeid: 0,
      },
    ],
  });

  it("are localhost, 127.0.0.1, APP_URL's host and the network addresses it prints (not loopback twice, not link-local)", () => {
    expect(addresses).toEqual(["192.168.1.20", "2001:db8::20"]);
    expect(devHosts("http://portal.test:3000", addresses)).toEqual([
      "localhost",
      "127.0.0.1",
      "portal.test",
      "192.168.1.20",
      "2001:db8::20",
    ]);
  });

  it("accept server actions from each of them on the server's port in development, and only APP_URL's host in production", () => {
    expect(serverActionOrigins("http://localhost:3000", 3000, { isDev: true, addresses })).toEqual([
      "localhost:3000",
      "127.0.0.1:3000",
      "192.168.1.20:3000",
      "[2001:db8::20]:3000",
    ]);
    expect(serverActionOrigins("https://portal.example.com", 3000, { isDev: false, addresses })).toEqual(["portal.example.com"]);
  });
});
