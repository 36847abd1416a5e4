"""What the user sees when the database or the content is damaged or cannot be used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.ui.errors import log, show_error, write_problem_text


def recover_damaged_database(damaged, dirs, parent=None):
    """For a damaged file: offer the newest good backup or a fresh start; the damaged file
    is always kept. For a file made by a newer Mamori: say so, and change nothing.

    Nothing happens to the file until the user chooses: quitting leaves it exactly as it
    was (the question comes again at the next start).
    """
    from desktop.storage.backup import list_backups
    from desktop.storage.db import DatabaseDamaged, DatabaseUnwritable
    from desktop.storage.integrity import NEWER
    log.error("database cannot be used: %s (%s)", damaged.path, damaged.reason)
    if getattr(damaged, "kind", None) == NEWER:
        # The records are intact, only newer than this Mamori: starting empty or going back
        # to a backup would hide them, so neither is offered.
        show_error(parent, QCoreApplication.translate("recovery", "新しい版の Mamori の記録です"),
                   QCoreApplication.translate("recovery", "この記録は、これより新しい版の Mamori で作られたため、この版では開けません。記録はそのまま残してあります。\n{0}").format(damaged.path),
                   QCoreApplication.translate("recovery", "新しい版の Mamori を入れてから起動してください。"), str(damaged.reason))
        return None
    backups = list_backups(dirs.backup)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("recovery", "データファイルが読み込めません"),
                      QCoreApplication.translate("recovery", "記録のファイルが壊れているか、読めない状態です。どれを選んでも、このファイルは消さずに別の名前にして残します。\n{0}").format(damaged.path),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setDetailedText(str(damaged.reason))
    restore = None
    if backups:
        box.setInformativeText(QCoreApplication.translate("recovery", "いちばん新しいバックアップ（{0:%Y-%m-%d %H:%M}）から戻しますか？").format(backups[0].created_at.astimezone()))
        restore = box.addButton(QCoreApplication.translate("recovery", "バックアップから戻す"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(QCoreApplication.translate("recovery", "バックアップがありません。新しい空の記録で始めることができます。"))
    fresh = box.addButton(QCoreApplication.translate("recovery", "空の記録で始める"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(QCoreApplication.translate("recovery", "終了する"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked not in (restore, fresh) or clicked is None:
        return None
    from desktop.actions import recover_damaged_database as recover

    try:
        recovered = recover(dirs, backups[0].path if clicked is restore else None)
    except DatabaseDamaged as again:
        show_error(parent, QCoreApplication.translate("recovery", "データファイルが読み込めません"), QCoreApplication.translate("recovery", "バックアップも読み込めませんでした。"),
                   QCoreApplication.translate("recovery", "サポートに連絡してください。ファイルは残してあります。"), str(again.reason))
        return None
    except (DatabaseUnwritable, OSError) as error:
        explain_unusable_folder(dirs.database, error, parent)
        return None
    log.warning("damaged database kept as %s", recovered.kept)
    QMessageBox.information(parent, QCoreApplication.translate("recovery", "記録を開きました"),
                            QCoreApplication.translate("recovery", "読めなかった元のファイルは、次の名前で残してあります:\n{0}").format(recovered.kept))
    return recovered.store


def explain_unusable_folder(path, error, parent=None) -> None:
    """The data folder or database cannot be used (no permission, full disk, held by another
    program, a file where the folder should be): say which, that the records were left as
    they are, and what to do."""
    log.error("cannot use %s: %s", path, error)
    cause, todo = write_problem_text(error) or (
        QCoreApplication.translate("recovery", "書き込みの権限がないか、ディスクに空きがないか、ほかのプログラムが使っています。"),
        QCoreApplication.translate("recovery", "書き込みの権限があるか、ディスクに空きがあるかを確かめてください。"))
    show_error(
        parent,
        QCoreApplication.translate("recovery", "記録を保存する場所が使えません"),
        QCoreApplication.translate("recovery", "次の場所に記録を保存できません。記録のファイルは変えずに、そのまま残してあります:\n{0}").format(path) + "\n" + cause,
        todo + "\n" + QCoreApplication.translate("recovery", "別の場所を使うときは、--data-dir で保存場所を指定して起動します。"),
        str(error),
    )


def report_damaged_text(parent, count: int) -> None:
    """Some text in the records was damaged on disk (not valid UTF-8): it is shown with
    「�」 in place of the damaged characters; nothing else is affected."""
    log.warning("%d damaged text value(s) in the database", count)
    QMessageBox.information(parent, QCoreApplication.translate("recovery", "記録の一部の文字が壊れています"),
                            QCoreApplication.translate("recovery", "記録のファイルの中に、読めない文字が {0} か所ありました。その文字は「�」で表示しています。ほかの記録はふつうに使えます。").format(count))


def report_content_problems(parent, problems, quiet: bool = False) -> None:
    """Tell the user some lessons were skipped, and where the details are."""
    for problem in problems:
        log.warning("content problem: %s", problem)
    if quiet:
        return
    details = "\n".join(str(p) for p in problems[:200])
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("recovery", "一部の教材を読み込めませんでした"),
                      QCoreApplication.translate("recovery", "{0} 件の問題があったため、該当する教材を飛ばしました。ほかの教材はふつうに使えます。").format(len(problems)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(QCoreApplication.translate("recovery", "教材を作った人に「詳細」の内容を伝えてください。"))
    box.setDetailedText(details)
    box.exec()
