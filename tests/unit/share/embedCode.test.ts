import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedView, escapeHtml, FIXED_HEIGHT, viewUrl } from '../../../src/share/embedCode.ts';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/viewState.ts';

const APP = 'https://maps.example.org/urdu/';
const iran: ViewState = {
  ...INITIAL_VIEW,
  selection: { kind: 'entity', id: 'IRN' },
  playing: true,
  notice: 'Ignored in the address: x.',
};

describe('embedView', () => {
  it('opens on this view with the chosen theme and language, in embed mode, without autoplay or notices', () => {
    const v = embedView({ ...iran, step: 2 }, { opensOn: 'view', theme: 'dark', lang: 'ur' });
    expect(v).toMatchObject({
      selection: { kind: 'entity', id: 'IRN' },
      step: 2,
      theme: 'dark',
      lang: 'ur',
      embed: true,
      playing: false,
      notice: null,
    });
  });

  it('carries the height chosen into the frame’s address: by its width, or fixed and held within bounds', () => {
    expect(embedView(iran, { opensOn: 'view', theme: 'light', lang: 'en' }).embedFit).toEqual({
      kind: 'aspect',
      ratio: 1.2,
    });
    expect(viewUrl(APP, embedView(iran, { opensOn: 'view', theme: 'light', lang: 'en', height: 600 }), null)).toBe(
      `${APP}?focus=IRN&embed=1&height=600`,
    );
    expect(viewUrl(APP, embedView(iran, { opensOn: 'view', theme: 'light', lang: 'en', height: 'aspect' }), null)).toBe(
      `${APP}?focus=IRN&embed=1&aspect=1.2`,
    );
    expect(embedView(iran, { opensOn: 'view', theme: 'light', lang: 'en', height: 5 }).embedFit).toEqual({
      kind: 'fixed',
      height: FIXED_HEIGHT.min,
    });
    // The full map's address leaves the height out.
    expect(
      viewUrl(
        APP,
        { ...embedView(iran, { opensOn: 'view', theme: 'light', lang: 'en', height: 600 }), embed: false },
        null,
      ),
    ).toBe(`${APP}?focus=IRN`);
  });

  it('opens on the overview or the story’s first step, whatever is selected now', () => {
    expect(embedView(iran, { opensOn: 'overview', theme: 'light', lang: 'en' })).toMatchObject({
      selection: null,
      step: null,
      embed: true,
    });
    expect(embedView(iran, { opensOn: 'story', theme: 'light', lang: 'en' })).toMatchObject({
      selection: null,
      step: 0,
      embed: true,
    });
  });
});

describe('viewUrl', () => {
  it('is the app’s page with the view’s parameters, and the story when it is not the default', () => {
    expect(viewUrl(APP, embedView(iran, { opensOn: 'view', theme: 'dark', lang: 'ur' }), null)).toBe(
      `${APP}?focus=IRN&theme=dark&lang=ur&embed=1&aspect=1.2`,
    );
    expect(viewUrl(APP, INITIAL_VIEW, 'student-exchange')).toBe(`${APP}?story=student-exchange`);
    expect(viewUrl(APP, INITIAL_VIEW, null)).toBe(APP);
  });
});

describe('embedSnippet', () => {
  const input = {
    src: `${APP}?focus=IRN&embed=1`,
    link: `${APP}?focus=IRN`,
    title: 'Map: Albania, Iran and a cyberattack',
    script: `${APP}embed.js`,
  };

  it('is an iframe with a title, lazy loading, fullscreen allowed and a plain link inside, sized by its width in CSS, then our script', () => {
    const code = embedSnippet({ ...input, height: 'aspect' });
    expect(code).toBe(
      `<iframe data-urdu-story-map src="${APP}?focus=IRN&amp;embed=1" title="Map: Albania, Iran and a cyberattack" width="100%" height="520" style="border:0;width:100%;max-width:100%;height:auto;aspect-ratio:1/1.2" loading="lazy" allow="fullscreen">` +
        `<a href="${APP}?focus=IRN">Map: Albania, Iran and a cyberattack: open the interactive map</a></iframe>\n` +
        `<script src="${APP}embed.js" async></script>`,
    );
  });

  it('has a fixed height, held within bounds, and no script when the height is fixed', () => {
    expect(embedSnippet({ ...input, height: 600 })).toContain('height="600"');
    expect(embedSnippet({ ...input, height: 600 })).toContain('height:600px');
    expect(embedSnippet({ ...input, height: 600 })).not.toContain('<script');
    expect(embedSnippet({ ...input, height: 10 })).toContain(`height="${FIXED_HEIGHT.min}"`);
    expect(embedSnippet({ ...input, height: 1e9 })).toContain(`height="${FIXED_HEIGHT.max}"`);
  });

  it('escapes every value: nothing in a title or address can open or close markup', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, src) => {
        const code = embedSnippet({ ...input, title, src, height: 400 });
        // Only our own tags remain: the iframe and the link inside it.
        expect(code.match(/</gu)?.length).toBe(4);
        expect(code.match(/"/gu)?.length).toBe(2 * 8);
      }),
    );
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });
});
