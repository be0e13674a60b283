package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheTextAndItsParagraphsDropsMarkupScriptsAndComments() {
        String html = "<h2>Fractions</h2><!-- tracking --><p>Share a <b>pizza</b>&nbsp;&amp; compare.</p>"
                + "<script>var x = '<p>no</p>';</script><ul><li>one</li><li>two</li></ul><img src=\"x.png\"/>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Fractions\n\nShare a pizza & compare.\n\none\ntwo");
    }

    @Test
    void decodesNumericAndCommonNamedEntitiesAndLeavesUnknownOnesAndStrayBrackets() {
        assertThat(HtmlText.toPlainText("1 &lt; 2 &#8211; caf&#xE9; &eacute;t&eacute; &unknown; a < b &#0;"))
                .isEqualTo("1 < 2 – café été &unknown; a < b &#0;");
    }

    @Test
    void cutsLongTextAtAWordAndMarksTheCut() {
        assertThat(HtmlText.truncate("alpha beta gamma delta", 14)).isEqualTo("alpha beta…");
        assertThat(HtmlText.truncate("short", 14)).isEqualTo("short");
    }

    @Test
    void xmlCharsDropsWhatXmlCannotHold() {
        assertThat(XmlChars.clean("a\u0000b\u0007c\uD800d\uD83D\uDE00e")).isEqualTo("abcd\uD83D\uDE00e");
    }
}
