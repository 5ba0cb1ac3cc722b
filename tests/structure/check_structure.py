#!/usr/bin/env python3
"""The layout rules of docs/architecture.md, proven over the sources on every run (ctest
structure_rules): each concern in one home, files and functions small enough to read.

    check_structure.py ROOT               checks core/, ui/ and app/ under ROOT
    check_structure.py --self-test ROOT   first proves each rule catches its violation (in a
                                          scratch copy of the tree), then checks ROOT

Prints one "path:line: rule: text" per offence and exits 1 when there is any. Reads files only:
no build, no network. Sources are the git checkout's files (tracked and new, not ignored), or
every file when ROOT is not a git checkout.
"""

import bisect
import os
import re
import shutil
import subprocess
import sys
import tempfile

LAYERS = ("core", "ui", "app")
SOURCE_SUFFIXES = (".cpp", ".h")
MAX_FILE_LINES = 900
MAX_FUNCTION_LINES = 150

# Wallet SQL: QtSql classes and SQL statements in string literals (upper case, as Satchel writes them).
SQL_CLASS = re.compile(r"\bQSql(Query|Database|Error|Record|Driver|Field|Index|QueryModel|TableModel)\b|#\s*include\s*<QtSql")
SQL_LITERAL = re.compile(r'"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|REPLACE|VACUUM|ATTACH|WITH)\s')
QSETTINGS = re.compile(r"\bQSettings\b")
WALLET_OPEN = re.compile(r"(?<![A-Za-z0-9_])Wallet::open\b")
STORAGE_INCLUDE = re.compile(r'#\s*include\s*"storage/')
WIDGET_INCLUDE = re.compile(r"#\s*include\s*[<\"](QtWidgets\b|QWidget\b|QtWebEngine\w*|QWebEngine\w*)")


def rule_applies(rule, path):
    """Where each rule holds: path is relative to ROOT, with forward slashes."""
    if rule == "wallet-sql":
        return not path.startswith("core/storage/")
    if rule == "qsettings":
        return not (path.startswith("app/") or path.startswith("ui/settings/"))
    if rule == "wallet-open":
        # Opening a wallet by path is storage's: everyone else goes through storage/WalletFile
        # (ui/common/BackgroundJob too, for each job's connection on its worker).
        return not path.startswith("core/storage/")
    if rule == "net-storage":
        return path.startswith("core/net/")
    if rule == "core-widgets":
        return path.startswith("core/")
    return True


def source_files(root):
    """Relative paths of the sources under core/, ui/ and app/."""
    try:
        listed = subprocess.run(
            ["git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard", "--", *LAYERS],
            check=True, capture_output=True, text=True).stdout.splitlines()
        paths = [p for p in listed if os.path.isfile(os.path.join(root, p))]
    except (OSError, subprocess.CalledProcessError):
        paths = []
        for layer in LAYERS:
            for folder, dirs, files in os.walk(os.path.join(root, layer)):
                dirs[:] = [d for d in dirs if d != "build" and not d.startswith(".")]
                paths += [os.path.relpath(os.path.join(folder, f), root).replace(os.sep, "/") for f in files]
    return sorted(set(p for p in paths if p.endswith(SOURCE_SUFFIXES)))


# Comments, raw strings, strings and character literals, leftmost first (a "//" inside a string is
# the string's). A quote after a letter or digit is C++14's digit separator (1'000), not a literal.
LEXEME = re.compile(r"""
    (?P<line>//[^\n]*)
  | (?P<block>/\*.*?(?:\*/|\Z))
  | (?P<raw>(?<![A-Za-z0-9_])(?:u8|u|U|L)?R"(?P<delim>[^()\\\s"]{0,16})\(.*?\)(?P=delim)")
  | (?P<text>"(?:\\.|[^"\\\n])*")
  | (?P<char>(?<![A-Za-z0-9])'(?:\\.|[^'\\\n])*')
""", re.S | re.X)


def strip_source(text):
    """(code without comments, code without comments or literals); both keep every newline, so
    line numbers stay true. Literals become empty ("" or '')."""
    no_comments, bare = [], []
    last = 0
    for m in LEXEME.finditer(text):
        kept = text[last:m.start()]
        no_comments.append(kept)
        bare.append(kept)
        lexeme = m.group(0)
        newlines = "\n" * lexeme.count("\n")
        if m.lastgroup in ("line", "block"):
            no_comments.append(" " + newlines)
            bare.append(" " + newlines)
        else:
            no_comments.append(lexeme)
            quote = "'" if m.lastgroup == "char" else '"'
            bare.append(quote + quote + newlines)
        last = m.end()
    no_comments.append(text[last:])
    bare.append(text[last:])
    return "".join(no_comments), "".join(bare)


def without_preprocessor(code):
    """Preprocessor lines (and their continuations) blanked, newlines kept."""
    out, continued = [], False
    for line in code.split("\n"):
        directive = continued or line.lstrip().startswith("#")
        continued = directive and line.rstrip().endswith("\\")
        out.append("" if directive else line)
    return "\n".join(out)


def depth_zero_has_equals(header):
    """An '=' outside parentheses and template arguments (an initializer, not a default argument)."""
    header = re.sub(r"\boperator\s*[^\s(]+", "operator", header)
    header = re.sub(r"[=!<>]=|->", " ", header)
    depth = 0
    for c in header:
        if c in "(<[":
            depth += 1
        elif c in ")>]":
            depth = max(0, depth - 1)
        elif c == "=" and depth == 0:
            return True
    return False


def long_functions(code):
    """(line, lines) of each function body longer than MAX_FUNCTION_LINES, in code stripped of
    comments, literals and preprocessor lines. A body is counted from its opening brace's line
    to its closing brace's; functions defined in a class body are functions too."""
    found = []
    stack = []  # (kind, line of the opening brace); kinds: ns, class, function, init, block, other
    header_start = 0
    newlines = [m.start() for m in re.finditer("\n", code)]
    for event in re.finditer(r"[{};]", code):
        i, c = event.start(), event.group(0)
        if c == ";":
            if not stack or stack[-1][0] in ("ns", "class"):
                header_start = i + 1
        elif c == "{":
            line = bisect.bisect_left(newlines, i) + 1
            scope = stack[-1][0] if stack else "ns"
            header = " ".join(code[header_start:i].split())
            if scope not in ("ns", "class"):
                kind = "block"
            elif re.match(r"(inline\s+)?namespace\b|extern\b", header):
                kind = "ns"
            elif re.match(r"(template\s*<.*>\s*)?(class|struct|union)\b", header) and "(" not in header.split(":")[0]:
                kind = "class"
            elif re.search(r"\)\s*(noexcept\s*)?:(?!:)", header) and re.search(r"[A-Za-z0-9_>]$", header) \
                    and not re.search(r"\b(const|override|final|noexcept|mutable)$", header):
                kind = "init"  # a member's brace initializer in a constructor's list
            elif "(" in header and not depth_zero_has_equals(header):
                kind = "function"
            else:
                kind = "other"
            stack.append((kind, line))
            if kind in ("ns", "class"):
                header_start = i + 1
        elif stack:
            kind, opened = stack.pop()
            if kind == "function":
                length = bisect.bisect_left(newlines, i) + 1 - opened + 1
                if length > MAX_FUNCTION_LINES:
                    found.append((opened, length))
            if kind != "init" and (not stack or stack[-1][0] in ("ns", "class")):
                header_start = i + 1
    return found


def check(root):
    """Every offence under root, as "path:line: rule: text" strings."""
    offences = []
    for path in source_files(root):
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
            text = f.read()
        lines = text.split("\n")
        count = len(lines) - (1 if text.endswith("\n") else 0)
        if count > MAX_FILE_LINES:
            offences.append(f"{path}:{count}: file-length: {count} lines (at most {MAX_FILE_LINES})")
        code, bare = strip_source(text)
        code_lines = code.split("\n")
        for rule, pattern in (("wallet-sql", SQL_CLASS), ("wallet-sql", SQL_LITERAL), ("qsettings", QSETTINGS),
                              ("wallet-open", WALLET_OPEN), ("net-storage", STORAGE_INCLUDE),
                              ("core-widgets", WIDGET_INCLUDE)):
            if not rule_applies(rule, path):
                continue
            for number, content in enumerate(code_lines, 1):
                if pattern.search(content):
                    offences.append(f"{path}:{number}: {rule}: {content.strip()}")
        for opened, length in long_functions(without_preprocessor(bare)):
            offences.append(f"{path}:{opened}: function-length: a body of {length} lines (at most {MAX_FUNCTION_LINES})")
    return offences


# The self-test: each rule must catch what it is about, where it is, and nothing that only looks
# like it (a comment, a string, a constructor's brace initializer, a raw string with braces).

def function_of(lines):
    return "int f()\n{\n" + "    ;\n" * (lines - 2) + "}\n"


CLEAN_FILES = {
    "core/io/Clean.cpp": (
        "// QSettings and Wallet::open in a comment are fine; so is \"SELECT \" here.\n"
        "/* QSqlQuery q; #include \"storage/Wallet.h\" */\n"
        "namespace Satchel {\nnamespace {\n"
        "const char *kPattern = R\"re({{{ not a brace })re\";\n"
        "const int kTable[] = {\n" + "    1,\n" * 200 + "};\n"
        "}\n"
        "struct Thing {\n    Thing() : a{1}, b(2) {}\n    int a{0};\n    int b = 0;\n"
        "    void inlineMember() const\n    {\n" + "        ;\n" * 100 + "    }\n};\n"
        "Thing::Thing(int x) : a{x}, b{3}\n{\n" + "    ;\n" * 140 + "}\n"
        + function_of(MAX_FUNCTION_LINES) + "}\n"),
    "core/storage/Store.cpp": 'QSqlQuery q; auto s = QStringLiteral("SELECT id FROM credentials"); Wallet::open(p);\n',
    "app/common/Settings.cpp": "QSettings settings;\n",
    "ui/settings/SettingsDialog.cpp": "QSettings settings;\n",
    "ui/main/Window.cpp": "auto w = WalletFile::open(path); auto s = ScratchWallet::create(a, b);\n",
}

# (file, content, the rule and line the check must report)
VIOLATIONS = [
    ("core/pathways/Sql.cpp", 'void f()\n{\n    run(QStringLiteral("INSERT INTO pathways VALUES (?)"));\n}\n',
     "wallet-sql", 3),
    ("core/backup/Query.cpp", "#include <QString>\nQSqlQuery query;\n", "wallet-sql", 2),
    ("ui/main/Prefs.cpp", "// fine\nQSettings().value(key);\n", "qsettings", 2),
    ("core/review/Opens.cpp", "\n\nauto w = Wallet::open(path);\n", "wallet-open", 3),
    ("ui/common/BackgroundJob.cpp", "auto w = Wallet::open(path);\n", "wallet-open", 1),
    ("core/net/Cache.h", '#pragma once\n#include "storage/Wallet.h"\n', "net-storage", 2),
    ("core/export/Pretty.cpp", "#include <QtWidgets/QLabel>\n", "core-widgets", 1),
    ("core/export/Web.cpp", "\n#include <QWebEnginePage>\n", "core-widgets", 2),
    ("ui/gallery/Huge.cpp", "int x;\n" * (MAX_FILE_LINES + 1), "file-length", MAX_FILE_LINES + 1),
    ("core/jsonld/Long.cpp", "namespace Satchel {\n\n" + function_of(MAX_FUNCTION_LINES + 1) + "}\n",
     "function-length", 4),
    ("core/jsonld/LongMember.cpp", "namespace {\nclass Processor {\n    void run()\n    {\n"
     + "        if (x) { y(); }\n" * MAX_FUNCTION_LINES + "    }\n};\n}\n", "function-length", 4),
]


def write(root, path, content):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(content)


def self_test(root):
    """Proves the rules on synthetic trees and on a copy of root's own sources with one offence
    per rule added. Returns the failures."""
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        synthetic = os.path.join(scratch, "synthetic")
        for path, content in CLEAN_FILES.items():
            write(synthetic, path, content)
        if check(synthetic):
            failures.append("a clean tree was reported: " + "; ".join(check(synthetic)))
        for path, content, rule, line in VIOLATIONS:
            write(synthetic, path, content)
        reported = check(synthetic)
        for path, content, rule, line in VIOLATIONS:
            if not any(r.startswith(f"{path}:{line}: {rule}:") for r in reported):
                failures.append(f"not caught: {path}:{line}: {rule}")
        expected = {(p, l) for p, _, _, l in VIOLATIONS}
        for r in reported:
            path, line = r.split(":")[0], int(r.split(":")[1])
            if (path, line) not in expected:
                failures.append("reported wrongly: " + r)

        # The real tree, copied without git (the other way of listing sources), with one offence added.
        copy = os.path.join(scratch, "copy")
        for path in source_files(root):
            os.makedirs(os.path.dirname(os.path.join(copy, path)), exist_ok=True)
            shutil.copyfile(os.path.join(root, path), os.path.join(copy, path))
        before = check(copy)
        target = "core/review/ReviewSession.cpp"
        if os.path.exists(os.path.join(copy, target)):
            with open(os.path.join(copy, target), "a", encoding="utf-8") as f:
                f.write("static auto opened = Satchel::Wallet::open(QString());\n")
            with open(os.path.join(copy, target), encoding="utf-8") as f:
                added = f"{target}:{len(f.read().splitlines())}: wallet-open:"
            after = check(copy)
            if not any(r.startswith(added) for r in after) or len(after) != len(before) + 1:
                failures.append(f"the copy's added Wallet::open was not reported alone as {added}")
        else:
            failures.append(f"{target} is missing: the self-test needs a source to add an offence to")
    return failures


def main(argv):
    args = argv[1:]
    testing = "--self-test" in args
    args = [a for a in args if a != "--self-test"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    root = os.path.abspath(args[0])
    if testing:
        failures = self_test(root)
        for failure in failures:
            print("self-test: " + failure)
        if failures:
            return 1
    offences = check(root)
    for offence in offences:
        print(offence)
    if not source_files(root):
        print(f"no sources under {root}")
        return 1
    return 1 if offences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
