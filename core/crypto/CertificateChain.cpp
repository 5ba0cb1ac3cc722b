#include "CertificateChain.h"

#include "OpenSslPtr.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace Satchel {

namespace {

using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
inline void freeX509Stack(STACK_OF(X509) *stack) { sk_X509_free(stack); }
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<STACK_OF(X509), freeX509Stack>>;

Error untrusted(const QString &reason)
{
    return Error{QStringLiteral("certificate-untrusted"), reason};
}

// The PEM certificates of pem, added to store; false when one cannot be added.
bool addAnchors(X509_STORE *store, const QByteArray &pem)
{
    if (pem.isEmpty())
        return true;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return false;
    while (X509Ptr certificate{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        if (X509_STORE_add_cert(store, certificate.get()) != 1)
            return false;
    }
    return true;
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

Result<CertificateChain> CertificateChain::fromX5c(const QJsonArray &x5c)
{
    if (x5c.isEmpty() || x5c.size() > kMaxLength)
        return Error{QStringLiteral("malformed"),
                     tr("A certificate chain must hold between 1 and %1 certificates.").arg(kMaxLength)};
    CertificateChain chain;
    for (const QJsonValue &value : x5c) {
        const QByteArray der = QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *certificate = der.isEmpty() || der.size() > kMaxCertificateBytes
                                ? nullptr
                                : d2i_X509(nullptr, &cursor, long(der.size()));
        if (certificate)
            chain.m_certificates.emplace_back(certificate, X509_free);
        if (!certificate || cursor != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
            return Error{QStringLiteral("malformed"), tr("A certificate in the chain cannot be read.")};
    }
    return chain;
}

Status CertificateChain::verify(const QByteArray &extraAnchorsPem, const QDateTime &at) const
{
    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    X509StackPtr intermediates(sk_X509_new_null());
    if (!store || !context || !intermediates || X509_STORE_set_default_paths(store.get()) != 1
        || !addAnchors(store.get(), extraAnchorsPem))
        return untrusted(tr("The trusted certificates could not be read."));
    for (size_t i = 1; i < m_certificates.size(); ++i)
        sk_X509_push(intermediates.get(), m_certificates.at(i).get());
    if (X509_STORE_CTX_init(context.get(), store.get(), m_certificates.front().get(), intermediates.get()) != 1)
        return untrusted(tr("The certificates could not be checked."));
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, time_t(at.toSecsSinceEpoch()));
    // The leaf signs JWTs, not TLS sessions: no key-usage purpose fits, so none is imposed.
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_ANY);
    if (X509_verify_cert(context.get()) != 1)
        return untrusted(QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()))));
    return {};
}

bool CertificateChain::leafNamesHost(const QString &host) const
{
    const QByteArray name = host.toLatin1();
    return !name.isEmpty()
        && X509_check_host(m_certificates.front().get(), name.constData(), size_t(name.size()),
                           X509_CHECK_FLAG_NEVER_CHECK_SUBJECT | X509_CHECK_FLAG_NO_WILDCARDS, nullptr)
               == 1;
}

Result<PublicKey> CertificateChain::leafKey() const
{
    EVP_PKEY *key = X509_get0_pubkey(m_certificates.front().get());
    BioPtr pem(BIO_new(BIO_s_mem()));
    if (!pem || !key || PEM_write_bio_PUBKEY(pem.get(), key) != 1)
        return Error{QStringLiteral("malformed"), tr("The certificate's public key cannot be read.")};
    char *data = nullptr;
    const long size = BIO_get_mem_data(pem.get(), &data);
    return PublicKey::fromPem(QByteArrayView(data, size));
}

QString CertificateChain::leafIssuerName() const
{
    const X509_NAME *issuer = X509_get_issuer_name(m_certificates.front().get());
    const QString organisation = nameEntry(issuer, NID_organizationName);
    return organisation.isEmpty() ? nameEntry(issuer, NID_commonName) : organisation;
}

} // namespace Satchel
