// The main window's ways into an import: File → Import files…, folder… and from URL…, Paste, and
// what is dropped on the window all end in the one import dialog, created on first use (it keeps
// the report of everything imported in this session).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QMainWindow;
class QUrl;

namespace Satchel {

class ImportDialog;
class Wallet;

class ImportLauncher {
    // The main window's own words: the strings keep their translations' context.
    Q_DECLARE_TR_FUNCTIONS(Satchel::MainWindow)
public:
    using WalletGetter = std::function<Wallet *()>;
    // Told once, when the dialog has been made (to hear when its imports finish).
    using DialogCreated = std::function<void(ImportDialog *dialog)>;

    ImportLauncher(QMainWindow *window, WalletGetter wallet, DialogCreated created);

    ImportDialog *dialog();                                  // created on first use
    ImportDialog *existingDialog() const { return m_dialog; } // null until then
    bool isImporting() const;
    // Before the wallet closes: the dialog goes (its import stopped) first.
    void deleteDialog();

    void chooseFiles();
    void chooseFolder();
    void askUrl();
    // Through the import dialog (shown); nothing without a wallet.
    void importInputs(const QStringList &inputs);
    void importText(const QByteArray &text, const QString &sourceName);
    void importClipboard();

    // Local files by their path, anything else (http/https) by its address.

private:
    QMainWindow *m_window;
    WalletGetter m_wallet;
    DialogCreated m_created;
    ImportDialog *m_dialog = nullptr; // a child of the window
};

} // namespace Satchel
