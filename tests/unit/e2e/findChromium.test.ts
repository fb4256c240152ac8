import { describe, expect, it } from 'vitest';
import {
  BASE_ARGS,
  DEFAULT_SYSTEM_CHROMIUMS,
  decodeChoice,
  encodeChoice,
  findChromium,
  mergeShippedArgs,
  SHIPPED_EXTRA_ARGS,
  systemCandidatePaths,
  SYSTEM_LIST_ENV,
  type ChosenChromium,
  type Machine,
} from '../../e2e/browser/findChromium.ts';

/** The flags @sparticuz/chromium 147.0.0 recommends (its `chromium.args`, copied from the package). */
const SPARTICUZ_ARGS = [
  '--ash-no-nudges',
  '--disable-domain-reliability',
  '--disable-print-preview',
  '--disk-cache-size=33554432',
  '--no-default-browser-check',
  '--no-pings',
  '--single-process',
  '--font-render-hinting=none',
  '--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process',
  '--enable-features=SharedArrayBuffer',
  '--ignore-gpu-blocklist',
  '--in-process-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--allow-running-insecure-content',
  '--disable-setuid-sandbox',
  '--disable-site-isolation-trials',
  '--disable-web-security',
  "--headless='shell'",
  '--no-sandbox',
  '--no-zygote',
];

interface FakeOptions {
  env?: Record<string, string | undefined>;
  /** Files that exist and are executable, with what `--version` prints (undefined: it fails). */
  files?: Record<string, string | undefined>;
  /** Symlinks: path → real path. */
  links?: Record<string, string>;
  fontconfig?: boolean;
  /** `--version` of the shipped browser succeeds only with its own libraries on LD_LIBRARY_PATH. */
  shippedNeedsLibraries?: boolean;
}

/** A machine made of plain data, recording what the finder asked of it. */
function fakeMachine(o: FakeOptions = {}) {
  const files = o.files ?? {};
  const calls = { versionOf: [] as string[], unpackShipped: 0, unpackLibraries: 0 };
  const shippedPath = '/tmp/chromium';
  const machine: Machine = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...o.env },
    isExecutableFile: (path) => path in files || path === shippedPath,
    realpath: (path) => o.links?.[path] ?? path,
    versionOf(path, extraEnv = {}) {
      calls.versionOf.push(path);
      if (path === shippedPath) {
        const hasLibs = extraEnv['LD_LIBRARY_PATH']?.startsWith('/tmp/al2023/lib') ?? false;
        return o.shippedNeedsLibraries === true && !hasLibs ? undefined : 'Chromium 153.0.8010.0';
      }
      return files[path];
    },
    hasSystemFontconfig: () => o.fontconfig ?? true,
    playwrightChromium: () => '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
    unpackShipped() {
      calls.unpackShipped++;
      return Promise.resolve({
        executablePath: shippedPath,
        args: SPARTICUZ_ARGS,
        packageVersion: '153.0.0',
        fontconfigDir: '/tmp/fonts',
        unpackLibraries: () => {
          calls.unpackLibraries++;
          return Promise.resolve('/tmp/al2023/lib');
        },
      });
    },
  };
  return { machine, calls };
}

const DEBIAN = 'Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)';

describe('findChromium: the order', () => {
  it('1. CHROME_PATH wins when it is an executable file, and nothing else is probed', async () => {
    const { machine, calls } = fakeMachine({
      env: { CHROME_PATH: '/opt/chrome/chrome' },
      files: { '/opt/chrome/chrome': undefined, '/usr/bin/chromium': DEBIAN },
    });
    const c = await findChromium(machine);
    expect(c).toMatchObject({
      source: 'CHROME_PATH',
      executablePath: '/opt/chrome/chrome',
      why: 'Chromium from CHROME_PATH=/opt/chrome/chrome',
    });
    expect(c.args).toEqual(BASE_ARGS);
    expect(calls.versionOf).toEqual([]);
    expect(calls.unpackShipped).toBe(0);
  });

  it('a CHROME_PATH that is not there falls through to the system browser, and the line says so', async () => {
    const { machine } = fakeMachine({ env: { CHROME_PATH: '/nope' }, files: { '/usr/bin/chromium': DEBIAN } });
    const c = await findChromium(machine);
    expect(c.source).toBe('system');
    expect(c.why).toBe(
      `system chromium /usr/bin/chromium (${DEBIAN}); skipped CHROME_PATH=/nope is not an executable file`,
    );
  });

  it('an empty CHROME_PATH counts as unset', async () => {
    const { machine } = fakeMachine({ env: { CHROME_PATH: '' }, files: { '/usr/bin/chromium': DEBIAN } });
    const c = await findChromium(machine);
    expect(c).toMatchObject({ source: 'system', why: `system chromium /usr/bin/chromium (${DEBIAN})` });
  });

  it('2. a system chromium that runs, with our flags only and no extra environment', async () => {
    const { machine, calls } = fakeMachine({ files: { '/usr/bin/chromium': DEBIAN } });
    const c = await findChromium(machine);
    expect(c).toMatchObject({ source: 'system', executablePath: '/usr/bin/chromium', env: {} });
    expect(c.args).toEqual(BASE_ARGS);
    expect(calls.unpackShipped).toBe(0);
  });

  it('a wrapper that exists but cannot run is skipped for the next name on PATH', async () => {
    const { machine } = fakeMachine({
      files: { '/usr/bin/chromium': undefined, '/usr/local/bin/google-chrome': 'Google Chrome 150.0' },
    });
    const c = await findChromium(machine);
    expect(c).toMatchObject({ source: 'system', executablePath: '/usr/local/bin/google-chrome' });
    expect(c.why).toContain('skipped /usr/bin/chromium did not run');
  });

  it('one file reached by two paths (/bin is /usr/bin) is probed once', async () => {
    const { machine, calls } = fakeMachine({
      files: { '/usr/bin/chromium': undefined, '/bin/chromium': undefined },
      links: { '/bin/chromium': '/usr/bin/chromium' },
    });
    await findChromium(machine);
    expect(calls.versionOf.filter((p) => p.endsWith('/chromium') && p !== '/tmp/chromium')).toEqual([
      '/usr/bin/chromium',
    ]);
  });

  it("3. Playwright's own Chromium when no system one runs, only if the file is there", async () => {
    const pw = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
    const { machine, calls } = fakeMachine({ files: { [pw]: 'Chromium 148.0' } });
    const c = await findChromium(machine);
    expect(c).toMatchObject({
      source: 'playwright',
      executablePath: pw,
      why: `Chromium installed by Playwright ${pw} (Chromium 148.0); no system browser found`,
    });
    expect(c.args).toEqual(BASE_ARGS);
    expect(calls.unpackShipped).toBe(0);
  });

  it('4. the npm-shipped Chromium last, unpacked only then, with merged flags', async () => {
    const { machine, calls } = fakeMachine();
    const c = await findChromium(machine);
    expect(c.source).toBe('sparticuz');
    expect(c.executablePath).toBe('/tmp/chromium');
    expect(c.args).toEqual(mergeShippedArgs([...BASE_ARGS, ...SHIPPED_EXTRA_ARGS], SPARTICUZ_ARGS));
    expect(c.args).toContain('--disable-gpu-compositing');
    expect(c.env).toEqual({});
    expect(c.why).toBe('@sparticuz/chromium 153.0.0 at /tmp/chromium (Chromium 153.0.8010.0); no system browser found');
    expect(calls.unpackShipped).toBe(1);
    expect(calls.unpackLibraries).toBe(0);
  });

  it('the npm-shipped Chromium gets its own libraries when the system lacks them, and its fonts when it has no fontconfig', async () => {
    const { machine, calls } = fakeMachine({
      env: { LD_LIBRARY_PATH: '/opt/lib' },
      fontconfig: false,
      shippedNeedsLibraries: true,
    });
    const c = await findChromium(machine);
    expect(c.env).toEqual({ FONTCONFIG_PATH: '/tmp/fonts', LD_LIBRARY_PATH: '/tmp/al2023/lib:/opt/lib' });
    expect(c.why).toContain('with FONTCONFIG_PATH and LD_LIBRARY_PATH');
    expect(calls.unpackLibraries).toBe(1);
  });

  it('fails with every reason when not even the npm-shipped Chromium runs', async () => {
    const { machine } = fakeMachine({ env: { CHROME_PATH: '/nope' }, files: { '/usr/bin/chromium': undefined } });
    const broken: Machine = { ...machine, versionOf: () => undefined };
    await expect(findChromium(broken)).rejects.toThrow(
      /CHROME_PATH=\/nope is not an executable file; \/usr\/bin\/chromium did not run.*\/tmp\/chromium from @sparticuz\/chromium did not run/u,
    );
  });
});

describe('systemCandidatePaths', () => {
  it('by default: Debian’s path, then each name in each PATH folder, without duplicates', () => {
    const paths = systemCandidatePaths({ PATH: '/usr/bin:/bin' });
    expect(paths).toEqual([
      '/usr/bin/chromium',
      '/bin/chromium',
      '/usr/bin/chromium-browser',
      '/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/bin/google-chrome',
    ]);
    expect(DEFAULT_SYSTEM_CHROMIUMS[0]).toBe('/usr/bin/chromium');
  });

  it(`${SYSTEM_LIST_ENV} replaces the list; set but empty means no system browser`, () => {
    expect(systemCandidatePaths({ PATH: '/usr/bin', [SYSTEM_LIST_ENV]: '/bin/false:chrome' })).toEqual([
      '/bin/false',
      '/usr/bin/chrome',
    ]);
    expect(systemCandidatePaths({ PATH: '/usr/bin', [SYSTEM_LIST_ENV]: '' })).toEqual([]);
  });

  it('no PATH: only the absolute candidates', () => {
    expect(systemCandidatePaths({})).toEqual(['/usr/bin/chromium']);
  });
});

describe('mergeShippedArgs', () => {
  const merged = mergeShippedArgs(BASE_ARGS, SPARTICUZ_ARGS);

  it('keeps ours first, and each switch once', () => {
    expect(merged.slice(0, BASE_ARGS.length)).toEqual(BASE_ARGS);
    const names = merged.map((a) => a.split('=')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('drops what would break Playwright or change the web the tests see', () => {
    for (const gone of ['--single-process', '--disable-web-security', '--allow-running-insecure-content'])
      expect(merged).not.toContain(gone);
    expect(
      merged.some(
        (a) =>
          /^--(enable|disable)-features=/u.test(a) || a.startsWith('--headless') || a.startsWith('--user-data-dir'),
      ),
    ).toBe(false);
  });

  it('keeps the rest of the package’s flags, WebGL through SwiftShader included', () => {
    for (const kept of [
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--in-process-gpu',
      '--no-zygote',
      '--disable-site-isolation-trials',
    ])
      expect(merged).toContain(kept);
  });

  it('ours win a clash of values', () => {
    expect(mergeShippedArgs(['--use-angle=swiftshader'], ['--use-angle=vulkan'])).toEqual(['--use-angle=swiftshader']);
  });
});

describe('handing the choice to the workers', () => {
  const choice: ChosenChromium = {
    source: 'sparticuz',
    executablePath: '/tmp/chromium',
    args: ['--a'],
    env: { FONTCONFIG_PATH: '/tmp/fonts' },
    why: 'x',
  };
  const text = encodeChoice(choice, 100);

  it('a worker (child of the process that chose) reuses it and is told so', () => {
    expect(decodeChoice(text, { pid: 200, ppid: 100 })).toEqual({ choice, madeByParent: true });
  });

  it('the config loaded again in the same process reuses it too', () => {
    expect(decodeChoice(text, { pid: 100, ppid: 1 })).toEqual({ choice, madeByParent: false });
  });

  it('a value left in the shell by another run, or garbage, is ignored', () => {
    expect(decodeChoice(text, { pid: 300, ppid: 299 })).toBeUndefined();
    expect(decodeChoice('{not json', { pid: 100, ppid: 1 })).toBeUndefined();
    expect(
      decodeChoice(JSON.stringify({ pid: 100, choice: { ...choice, args: [1] } }), { pid: 100, ppid: 1 }),
    ).toBeUndefined();
    expect(decodeChoice(undefined, { pid: 100, ppid: 1 })).toBeUndefined();
  });
});

describe('findChromium: when a source itself fails', () => {
  it("Playwright's registry throwing (a platform it has no build for) is no reason to stop", async () => {
    const { machine } = fakeMachine();
    const c = await findChromium({
      ...machine,
      playwrightChromium: () => {
        throw new Error('unsupported platform');
      },
    });
    expect(c.source).toBe('sparticuz');
  });

  it('an npm-shipped Chromium that cannot be unpacked fails with the reasons for the others', async () => {
    const { machine } = fakeMachine({ files: { '/usr/bin/chromium': undefined } });
    const missing: Machine = {
      ...machine,
      unpackShipped: () => Promise.reject(new Error("Cannot find package '@sparticuz/chromium'")),
    };
    await expect(findChromium(missing)).rejects.toThrow(/\/usr\/bin\/chromium did not run.*Cannot find package/u);
  });
});
