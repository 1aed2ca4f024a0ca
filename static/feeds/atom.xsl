<?xml version="1.0" encoding="utf-8"?>
<!-- Shows the archive's Atom feeds as a page when a browser opens one (the feed names this stylesheet in an
     xml-stylesheet instruction; feed readers ignore it). Every value is output as text: nothing in the feed
     becomes markup. No inline style or script: the Content-Security-Policy forbids them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom"
                exclude-result-prefixes="a">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

  <xsl:template match="/a:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="a:title"/> (Atom feed)</title>
        <!-- The site's own stylesheet; STATIC_URL is fixed at /static/ and the hashed storage keeps this name. -->
        <link rel="stylesheet" href="/static/css/archive.css"/>
      </head>
      <body>
        <main class="feed-preview">
          <p class="feed-note">This is an Atom feed. To follow it, copy this page's address into a feed reader.
            <a href="{a:link[@rel='alternate']/@href}">See these statements on the archive</a>.</p>
          <h1><xsl:value-of select="a:title"/></h1>
          <xsl:if test="a:subtitle"><p><xsl:value-of select="a:subtitle"/></p></xsl:if>
          <xsl:if test="not(a:entry)"><p>No statements in this feed yet.</p></xsl:if>
          <ol class="results">
            <xsl:for-each select="a:entry">
              <li>
                <p><a href="{a:link/@href}"><xsl:value-of select="a:title"/></a></p>
                <!-- the summary is HTML-escaped plain text (Atom's type="html"): unescaped here into text -->
                <p><xsl:call-template name="unescape"><xsl:with-param name="s" select="a:summary"/></xsl:call-template></p>
                <p class="meta"><xsl:value-of select="a:author/a:name"/> ·
                  <xsl:value-of select="substring(a:published, 1, 10)"/>
                  <xsl:for-each select="a:category"> · <xsl:value-of select="@term"/></xsl:for-each></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The five entities django.utils.html.escape writes, back to their characters, as text. -->
  <xsl:template name="unescape">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&amp;')">
        <xsl:value-of select="substring-before($s, '&amp;')"/>
        <xsl:variable name="rest" select="substring-after($s, '&amp;')"/>
        <xsl:variable name="name" select="substring-before($rest, ';')"/>
        <xsl:choose>
          <xsl:when test="$name = 'amp'">&amp;</xsl:when>
          <xsl:when test="$name = 'lt'">&lt;</xsl:when>
          <xsl:when test="$name = 'gt'">&gt;</xsl:when>
          <xsl:when test="$name = 'quot'">"</xsl:when>
          <xsl:when test="$name = '#x27' or $name = '#39'">'</xsl:when>
          <xsl:otherwise>&amp;</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="unescape">
          <xsl:with-param name="s">
            <xsl:choose>
              <xsl:when test="$name = 'amp' or $name = 'lt' or $name = 'gt' or $name = 'quot' or $name = '#x27' or $name = '#39'">
                <xsl:value-of select="substring-after($rest, ';')"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
