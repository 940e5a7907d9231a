import mjml2html from 'mjml';

export type MailLanguage = 'en' | 'fr' | 'de';

export const mailLanguage = (l: string | null | undefined): MailLanguage => (l === 'fr' || l === 'de' ? l : 'en');

/** What every message says, in the order it says it; the layout turns it into HTML and text. */
export interface EmailContent {
  language: MailLanguage;
  /** The letterhead: the store's (or Orion's) name, in text — no logo, no remote image. */
  letterhead: string;
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** Small print under the message (why you get it, how to opt out). */
  footer: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The one layout of every message, rendered with MJML (responsive HTML that mail clients agree on,
 * styles inlined; no remote images, fonts or trackers), and its plain-text twin from the same content.
 */
export async function renderEmail(c: EmailContent): Promise<{ html: string; text: string }> {
  const paragraphs = c.paragraphs
    .map((p) => `<mj-text font-size="15px" line-height="22px">${esc(p).replace(/\n/g, '<br/>')}</mj-text>`)
    .join('\n');
  const button = c.button
    ? `<mj-button href="${esc(c.button.url)}" background-color="#1c7ed6" color="#ffffff" font-size="15px" align="left">${esc(c.button.label)}</mj-button>
       <mj-text font-size="12px" color="#666666">${esc(c.button.url)}</mj-text>`
    : '';
  const source = `<mjml lang="${c.language}">
  <mj-head>
    <mj-title>${esc(c.heading)}</mj-title>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" color="#212529" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f1f3f5">
    <mj-section padding="24px 0 8px 0">
      <mj-column><mj-text font-size="18px" font-weight="bold" color="#1c7ed6">${esc(c.letterhead)}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="16px 8px">
      <mj-column>
        <mj-text font-size="20px" font-weight="bold">${esc(c.heading)}</mj-text>
        ${paragraphs}
        ${button}
      </mj-column>
    </mj-section>
    <mj-section padding="8px 0 24px 0">
      <mj-column><mj-text font-size="12px" color="#868e96">${esc(c.footer)}</mj-text></mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const { html, errors } = await mjml2html(source, { validationLevel: 'strict', keepComments: false });
  if (errors.length) throw new Error(`e-mail template: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  const text = [
    c.letterhead,
    '',
    c.heading,
    '',
    ...c.paragraphs.flatMap((p) => [p, '']),
    ...(c.button ? [`${c.button.label}: ${c.button.url}`, ''] : []),
    '--',
    c.footer,
    '',
  ].join('\n');
  return { html, text };
}
