<?xml version="1.0" encoding="UTF-8"?>
<!--
  Breakeven's feed stylesheet: when someone opens /rss.xml (or a tag feed) in a browser, it shows a readable page
  explaining what a feed is and listing the articles, instead of raw XML. Feed readers ignore it. Light and dark
  follow the visitor's system setting; no script, no external request.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS feed)</title>
        <style>
          :root {
            color-scheme: light dark;
            --bg: light-dark(#fbfaf7, #0f1317);
            --surface: light-dark(#ffffff, #161b21);
            --text: light-dark(#1a1d21, #e7e9ec);
            --muted: light-dark(#535b64, #a4adb7);
            --border: light-dark(#e2ded5, #2a323c);
            --accent: light-dark(#0b6b62, #4fd1c0);
            --accent-soft: light-dark(#e2f2ef, #12302d);
          }
          body { margin: 0; background: var(--bg); color: var(--text); line-height: 1.6;
            font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif; }
          main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
          a { color: var(--accent); text-underline-offset: 0.18em; }
          .about { padding: 1rem 1.25rem; border: 1px solid var(--border); border-left: 4px solid var(--accent);
            border-radius: 6px; background: var(--accent-soft); }
          .about p { margin: 0.25rem 0; }
          code { font-family: ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace; font-size: 0.9em;
            padding: 0.1em 0.3em; border-radius: 4px; background: var(--surface); border: 1px solid var(--border);
            overflow-wrap: anywhere; }
          h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; letter-spacing: -0.02em; }
          .lede { color: var(--muted); margin-top: 0; }
          ol { list-style: none; margin: 2rem 0 0; padding: 0; }
          li { padding: 1rem 0; border-bottom: 1px solid var(--border); }
          li h2 { font-size: 1.15rem; margin: 0 0 0.25rem; line-height: 1.3; }
          li h2 a { color: var(--text); text-decoration: none; }
          li h2 a:hover { color: var(--accent); text-decoration: underline; }
          .meta { font-size: 0.875rem; color: var(--muted); margin: 0 0 0.25rem; }
          .summary { color: var(--muted); margin: 0; }
        </style>
      </head>
      <body>
        <main>
          <div class="about">
            <p><strong>This is a web feed</strong>, also known as RSS. Copy its address into a feed reader to get every new article, in full, as it is published.</p>
            <p>Address: <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
          </div>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p class="lede"><xsl:value-of select="/rss/channel/description"/></p>
          <p><a href="{/rss/channel/link}">Visit the site</a></p>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <p class="meta"><xsl:value-of select="substring(pubDate, 6, 11)"/><xsl:if test="category[1]"> · <xsl:value-of select="category[1]"/></xsl:if></p>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p class="summary"><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
