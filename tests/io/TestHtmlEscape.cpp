// HtmlEscape: the one escaper of every page, certificate, transcript, badge SVG and rich-text label.
#include "io/HtmlEscape.h"

#include <QTest>

using namespace Satchel;

class TestHtmlEscape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapesTheFiveCharacters()
    {
        QCOMPARE(HtmlEscape::escape(u"<a href=\"x\" title='y'>Tom & Jerry</a>"),
                 QStringLiteral("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"));
    }

    void ampersandFirstNotTwice()
    {
        QCOMPARE(HtmlEscape::escape(u"&lt;"), QStringLiteral("&amp;lt;"));
    }

    void leavesOtherTextAlone()
    {
        const QString text = QString::fromUtf8("Caf\u00e9 \u2014 na\u00efve\n\t100% = 1/1");
        QCOMPARE(HtmlEscape::escape(text), text);
        QCOMPARE(HtmlEscape::escape(u""), QString());
    }

    void supersetOfQt()
    {
        // Everything Qt escapes is escaped the same way; the apostrophe is the one addition.
        const QString text = QStringLiteral("<b>\"it's\" & more</b>");
        QCOMPARE(HtmlEscape::escape(text), text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlEscape)
#include "TestHtmlEscape.moc"
