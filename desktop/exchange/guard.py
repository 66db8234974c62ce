"""The input guard: what a file really is, and whether a reader may safely open it.

Runs before any reader. The format comes from the first bytes, not the name
(WPS saves .et files that are really xlsx; clerks rename files). An xlsx is a zip,
and a zip's central directory declares every part's size: checking those
declarations refuses a decompression bomb in well under a millisecond, where
python-calamine would abort the whole process out of memory (a Rust abort cannot
be caught) and openpyxl would grind for minutes.
"""

from __future__ import annotations

import glob
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import Location
from .errors import UnreadableFile

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
#: Excel and WPS name a workbook's lock ("owner") file ~$ + its name while it is open.
_OWNER_PREFIX = "~$"


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """Generous for real catalogs (100,000 rows unpack to ~150 MB), fatal to bombs."""

    max_entries: int = 10_000
    max_entry_size: int = 512 * 1024 * 1024
    max_total_size: int = 1024 * 1024 * 1024
    #: Parts bigger than this must not expand more than ``max_ratio`` times.
    ratio_floor: int = 16 * 1024 * 1024
    max_ratio: int = 200


LIMITS = ZipLimits()


def check_input(path: Path, limits: ZipLimits = LIMITS, *, word: bool = False) -> str:
    """``"xlsx"`` or ``"csv"`` for a file a reader may open; otherwise a plain refusal.

    ``word``: the caller reads Word tables, so a .docx passes (as ``"docx"``) under the
    same zip limits."""
    path = Path(path)
    where = Location(path=str(path))
    if path.name.startswith(_OWNER_PREFIX):
        raise UnreadableFile(
            f"这不是表格本身，而是 Excel 或 WPS 打开“{_owned_name(path)}”时自动生成的临时文件"
            "（以 ~$ 开头，只记录谁在编辑，关闭表格后会自动消失）。"
            "请选择旁边不带 ~$ 的那个文件。",
            where,
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise UnreadableFile("找不到这个文件。", where) from None
    except OSError as exc:
        raise UnreadableFile(f"无法打开文件（{exc.strerror or exc}）。", where) from exc
    if size == 0:
        raise UnreadableFile("文件是空的（0 字节）。", where)
    if head.startswith(_ZIP) or head.startswith(_EMPTY_ZIP):
        return _check_zip(path, limits, where, word)
    if head.startswith(_OLE):
        if _ENCRYPTED_STREAM in path.read_bytes()[: 4 * 1024 * 1024]:
            raise UnreadableFile(
                "文件设置了打开密码。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。", where
            )
        raise UnreadableFile(
            "这是旧版 Excel（.xls）或 WPS 表格（.et）文件，请另存为 .xlsx 后再导入。", where
        )
    if head.startswith(b"%PDF"):
        raise UnreadableFile("这是 PDF 文件，无法读取表格。请使用 .xlsx 或 .csv 文件。", where)
    if _looks_like_text(path):
        return "csv"
    raise UnreadableFile("无法识别的文件格式。请使用 .xlsx 或 .csv 文件。", where)


def open_elsewhere(path: Path) -> str | None:
    """A note when ``path`` is open in Excel or WPS now, known by its ``~$`` owner file.

    Excel and WPS write ``~$name.xlsx`` beside a workbook they have open (Office cuts the
    first two characters of some long names: ``~$mple.xlsx`` for ``example.xlsx``) and
    remove it on closing; what the clerk changed but did not save is in neither file.

    Example::

        open_elsewhere(Path("目录.xlsx"))  # None, or a sentence naming ~$目录.xlsx
    """
    path = Path(path)
    for name in (_OWNER_PREFIX + path.name, _OWNER_PREFIX + path.name[2:]):
        owner = path.with_name(name)
        if len(path.name) > 2 and owner != path and owner.is_file():
            return (
                f"“{path.name}”正在 Excel 或 WPS 中打开，还没有保存的修改不在文件里；"
                f"请先保存，再校验或导入（旁边有它的临时文件“{owner.name}”）。"
            )
    return None


def _owned_name(owner: Path) -> str:
    """The workbook an owner file belongs to (its name may have lost two characters)."""
    name = owner.name.removeprefix(_OWNER_PREFIX)
    if owner.with_name(name).is_file():
        return name
    cut = [
        found.name
        for found in owner.parent.glob(f"??{glob.escape(name)}")
        if not found.name.startswith(_OWNER_PREFIX)
    ]
    return cut[0] if cut else name


def _check_zip(path: Path, limits: ZipLimits, where: Location, word: bool) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(
            "文件已损坏或不完整（可能没有下载或复制完），请重新获取文件。", where
        ) from exc
    names = {info.filename for info in infos}
    kind = "docx" if word and "word/document.xml" in names else "xlsx"
    if kind == "xlsx" and "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise UnreadableFile("这是 Word 文档，不是表格。请使用 .xlsx 或 .csv 文件。", where)
        if "mimetype" in names or "content.xml" in names:
            raise UnreadableFile("这是 ODF 表格（.ods），请另存为 .xlsx 后再导入。", where)
        raise UnreadableFile("这个压缩文件不是 Excel 表格（.xlsx）。", where)
    if len(infos) > limits.max_entries:
        raise UnreadableFile(f"文件包含 {len(infos)} 个部件，超出正常表格，已拒绝读取。", where)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnreadableFile(
                "文件的部件经过加密。请在 Excel 或 WPS 中取消密码后另存为 .xlsx。", where
            )
        total += info.file_size
        too_big = info.file_size > limits.max_entry_size or total > limits.max_total_size
        ratio = info.file_size / max(info.compress_size, 1)
        if too_big or (info.file_size > limits.ratio_floor and ratio > limits.max_ratio):
            raise UnreadableFile(
                f"文件解压后异常巨大（{info.filename} 声称 {info.file_size // 2**20} MB），"
                "疑似“压缩炸弹”，已拒绝读取。",
                where,
            )
    return kind


def _looks_like_text(path: Path) -> bool:
    sample = path.read_bytes()[:65536]
    if b"\x00" in sample:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            sample.decode(encoding)
        except UnicodeDecodeError as exc:
            # A multi-byte character cut by the sample's end is still text.
            if exc.start >= len(sample) - 4:
                return True
            continue
        return True
    return False
