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
import zlib
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
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOM = b"\xff\xfe\x00\x00"
#: control characters that text files do not contain (tab, line ends and form feed do)
_CONTROL_BYTES = tuple(code for code in range(32) if code not in (9, 10, 12, 13))


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What the parts of an xlsx (the sheets, shared strings, styles …) may unpack to,
    together. Real catalog XML deflates 5-30 times (a 1,000,000-row sheet of
    inline text: 20 times); a bomb's filler, 300 to 1,000 times. So the ratio tells a bomb
    from a big file, and the size says when a real file is more than one import can hold
    (a county's 100,000 rows unpack to ~150 MB)."""

    max_entries: int = 10_000
    #: all parts together, unpacked; about 200,000 catalog rows
    max_read_size: int = 300 * 2**20
    #: past this size, the parts together may not expand more than ``max_ratio`` times
    ratio_floor: int = 16 * 2**20
    max_ratio: int = 100
    #: the start of each XML part looked at for a DTD
    prolog_size: int = 4096


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
        if _ENCRYPTED_STREAM in _start(path, 4 * 2**20):
            raise UnreadableFile(
                "文件设置了打开密码。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。", where
            )
        raise UnreadableFile(
            "这是旧版 Excel（.xls）或 WPS 表格（.et）文件，请另存为 .xlsx 后再导入。", where
        )
    if head.startswith(b"%PDF"):
        raise UnreadableFile("这是 PDF 文件，无法读取表格。请使用 .xlsx 或 .csv 文件。", where)
    if _looks_like_text(path, where):
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
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnreadableFile(
                "文件的部件经过加密。请在 Excel 或 WPS 中取消密码后另存为 .xlsx。", where
            )
    # Every part counts, whatever its name: a sheet is found through the workbook's
    # relations, so a bomb could be called xl/media/image1.png.
    size = sum(info.file_size for info in infos)
    ratio = size / max(sum(info.compress_size for info in infos), 1)
    if size > limits.ratio_floor and ratio > limits.max_ratio:
        raise UnreadableFile(
            f"文件只有 {_mb(path.stat().st_size)} MB，解压后却有 {_mb(size)} MB，"
            f"是压缩后的 {ratio:.0f} 倍（正常表格不超过 {limits.max_ratio} 倍），"
            "疑似“压缩炸弹”，已拒绝读取。",
            where,
        )
    if size > limits.max_read_size:
        raise UnreadableFile(
            f"文件解压后有 {_mb(size)} MB，超过一次能读取的上限 "
            f"{_mb(limits.max_read_size)} MB（约 20 万行）。"
            "请把目录按领域分成几个文件，分别导入。",
            where,
        )
    xml = [info for info in infos if info.filename.endswith((".xml", ".rels"))]
    _check_prologs(path, xml, limits, where)
    return kind


def _check_prologs(
    path: Path, parts: list[zipfile.ZipInfo], limits: ZipLimits, where: Location
) -> None:
    """No spreadsheet program writes a DTD; in a part it is an entity attack (an external
    entity that reads the clerk's files, or nested entities that expand to gigabytes)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in parts:
                with archive.open(info) as stream:
                    prolog = stream.read(limits.prolog_size)
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise UnreadableFile(
                        f"文件的 {info.filename} 部件含有实体声明（DTD），"
                        "正常的表格不会有，可能是恶意构造的文件，已拒绝读取。",
                        where,
                    )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise UnreadableFile(
            "文件已损坏或不完整（可能没有下载或复制完），请重新获取文件。", where
        ) from exc


def _start(path: Path, size: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f}".removesuffix(".0")


def _looks_like_text(path: Path, where: Location) -> bool:
    """Text is what has no NUL bytes and few control characters. A byte that is neither
    UTF-8 nor GB18030 still makes it text: the CSV reader names the row it is in."""
    sample = _start(path, 65536)
    if sample.startswith(_UTF16_BOMS) and not sample.startswith(_UTF32_BOM):
        text = sample[: len(sample) // 2 * 2].decode("utf-16", "replace")
        if "\x00" not in text:
            raise UnreadableFile(
                "这个 CSV 文件是 UTF-16 编码（Excel 的“Unicode 文本”），本工具读不了。"
                "请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再导入。",
                where,
            )
    if b"\x00" in sample:
        return False
    controls = sum(sample.count(bytes([code])) for code in _CONTROL_BYTES)
    return controls <= len(sample) // 100
