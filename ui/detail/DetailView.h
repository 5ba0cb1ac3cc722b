// Everything the issuer put in one credential, rendered by CredentialHtml in a locked-down web
// view: JavaScript off, no remote or file access, every non-data: request blocked, no navigation.
#pragma once

#include "detail/CredentialHtml.h"
#include "storage/Wallet.h"

#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace Satchel {

class DetailPage;
class RemoteBlocker;

class DetailView : public QWidget {
    Q_OBJECT
public:
    explicit DetailView(QWidget *parent = nullptr);
    ~DetailView() override;

    // Reads the credential from the wallet and shows it; false (with a message) when it is gone.
    // countsToward: the pathways it counts toward (worked out by the Pathways view), shown in a section.
    bool showCredential(const Wallet &wallet, qint64 id, QString *error = nullptr,
                        const QList<PathwayCountsToward> &countsToward = {});
    // Shows a page built by the caller (a credential the review could not store); not re-rendered
    // on a theme change.
    void showPage(CredentialPage page);
    // Read-only use (an advisor's review): no "Verify now" on the pages shown from now on.
    void setVerifyOffered(bool offered) { m_offerVerify = offered; }
    void clear();
    qint64 credentialId() const { return m_id; }
    QString credentialName() const { return m_name; }
    bool isLoading() const { return m_loading; }
    QString lastHtml() const { return m_html; }
    QList<PathwayCountsToward> shownCountsToward() const { return m_countsToward; }
    QWebEngineView *webView() const { return m_view; }

    // Pages shown from now on carry this trust line instead of the one the wallet's registries give
    // (a review shows the advisor's registries' answer, not the review wallet's).
    void setIssuerTrustOverride(std::optional<IssuerTrust> trust)
    {
        m_trustOverride = std::move(trust);
        m_hasTrustOverride = true;
    }

    // Builds the page data for a credential (used by showCredential and by tests).
    static Result<CredentialPage> loadPage(const Wallet &wallet, qint64 id);
    // Asks before a link from a credential page leaves for the system browser, and opens it.
    static void confirmOpenLink(QWidget *parent, const QUrl &url);

Q_SIGNALS:
    void loadFinished(bool ok);
    void linkRequested(const QUrl &url);
    void verifyRequested(); // "Verify now" on the page
    void printRequested();  // "Print certificate…" on the page
    void knownIssuerRequested(bool known); // "Mark this issuer as known to me" on the page

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(const CredentialPage &page);

    QWebEngineProfile *m_profile = nullptr;
    RemoteBlocker *m_blocker = nullptr;
    DetailPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    const Wallet *m_wallet = nullptr;
    qint64 m_id = 0;
    QString m_name;
    QString m_html;
    QList<PathwayCountsToward> m_countsToward; // kept for re-rendering on a theme or language change
    bool m_loading = false;
    bool m_offerVerify = true;
    bool m_hasTrustOverride = false;
    std::optional<IssuerTrust> m_trustOverride;
};

} // namespace Satchel
