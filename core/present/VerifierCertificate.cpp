#include "VerifierCertificate.h"

#include "crypto/OpenSslPtr.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <vector>

namespace Satchel {

namespace {

using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
inline void freeX509Stack(STACK_OF(X509) *stack) { sk_X509_free(stack); }
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<STACK_OF(X509), freeX509Stack>>;

Error badChain(const QString &message)
{
    return Error{QStringLiteral("bad-request"), message};
}

// The PEM certificates of text, added to store; false when one cannot be read.
bool addAnchors(X509_STORE *store, const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return false;
    while (X509Ptr certificate{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        if (X509_STORE_add_cert(store, certificate.get()) != 1)
            return false;
    }
    return true;
}

} // namespace

Result<PublicKey> VerifierCertificate::leafKey(const QJsonArray &x5c, const QString &dnsName,
                                               const QByteArray &extraAnchorsPem, const QDateTime &now)
{
    if (x5c.isEmpty() || x5c.size() > kMaxChainLength)
        return badChain(tr("The verifier's request does not carry the certificates its client id needs."));
    std::vector<X509Ptr> chain;
    for (const QJsonValue &value : x5c) {
        const QByteArray der = QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr certificate(der.isEmpty() || der.size() > kMaxCertificateBytes ? nullptr
                                                                              : d2i_X509(nullptr, &cursor, long(der.size())));
        if (!certificate || cursor != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
            return badChain(tr("A certificate in the verifier's request cannot be read."));
        chain.push_back(std::move(certificate));
    }

    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    X509StackPtr untrusted(sk_X509_new_null());
    if (!store || !context || !untrusted || X509_STORE_set_default_paths(store.get()) != 1
        || !addAnchors(store.get(), extraAnchorsPem))
        return Error{QStringLiteral("certificate-untrusted"), tr("The system's trusted certificates could not be read.")};
    for (size_t i = 1; i < chain.size(); ++i)
        sk_X509_push(untrusted.get(), chain.at(i).get());
    if (X509_STORE_CTX_init(context.get(), store.get(), chain.front().get(), untrusted.get()) != 1)
        return Error{QStringLiteral("certificate-untrusted"), tr("The verifier's certificates could not be checked.")};
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, time_t(now.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_ANY);
    if (X509_verify_cert(context.get()) != 1)
        return Error{QStringLiteral("certificate-untrusted"),
                     tr("The verifier's certificate is not one Satchel can trust (%1): Satchel cannot tell who sent the "
                        "request.")
                         .arg(QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()))))};

    const QByteArray name = dnsName.toLatin1();
    if (name.isEmpty()
        || X509_check_host(chain.front().get(), name.constData(), size_t(name.size()),
                           X509_CHECK_FLAG_NEVER_CHECK_SUBJECT | X509_CHECK_FLAG_NO_WILDCARDS, nullptr)
            != 1)
        return Error{QStringLiteral("certificate-name-mismatch"),
                     tr("The verifier's certificate is not for %1, the name its client id gives.")
                         .arg(Error::excerpt(dnsName, 80))};

    BioPtr pem(BIO_new(BIO_s_mem()));
    EVP_PKEY *key = X509_get0_pubkey(chain.front().get());
    if (!pem || !key || PEM_write_bio_PUBKEY(pem.get(), key) != 1)
        return badChain(tr("A certificate in the verifier's request cannot be read."));
    char *data = nullptr;
    const long size = BIO_get_mem_data(pem.get(), &data);
    return PublicKey::fromPem(QByteArrayView(data, size));
}

} // namespace Satchel
