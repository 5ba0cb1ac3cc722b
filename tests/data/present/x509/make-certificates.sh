#!/bin/sh
# Makes the certificates of the x509_san_dns tests (tests/present): a test root that the tests
# trust, a leaf for verifier.example and one for other.example under it, and a leaf for
# verifier.example under a root nobody trusts. One P-256 key signs every leaf; its private scalar
# (leaf-key.hex) lets the tests sign request objects with it. Valid for a century from 2026.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/leaf.key"
openssl ec -in "$tmp/leaf.key" -text -noout 2>/dev/null | sed -n '/priv:/,/pub:/p' | grep -v 'priv:\|pub:' | tr -d ' :\n' > leaf-key.hex
for root in root other-root; do
    openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/$root.key"
    openssl req -x509 -new -key "$tmp/$root.key" -subj "/CN=Satchel test $root" -days 36500 -sha256 \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$root.pem"
done
leaf() { # name dns root
    openssl req -new -key "$tmp/leaf.key" -subj "/CN=$2" -out "$tmp/$1.csr"
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nsubjectAltName=DNS:%s\n' "$2" > "$tmp/$1.ext"
    openssl x509 -req -in "$tmp/$1.csr" -CA "$3.pem" -CAkey "$tmp/$3.key" -CAcreateserial -days 36500 -sha256 \
        -extfile "$tmp/$1.ext" -out "$1.pem" 2>/dev/null
}
leaf leaf verifier.example root
leaf leaf-other-name other.example root
leaf leaf-untrusted verifier.example other-root
rm -f ./*.srl
