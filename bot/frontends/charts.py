"""Charts of an answer's list of amounts: a bar chart (or a pie) as PNG bytes, numbers in the caption.

matplotlib is imported here only, and this module only when a chart is asked for, so answering a
question never pays for it. The Agg backend draws without a display; the figure is built with the
object API (no pyplot state shared between threads). Chinese labels need a CJK font from the system
(Debian: fonts-noto-cjk or fonts-wqy-zenhei, installed by `make`); without one no chart is drawn and
the caller sends the numbers as text with a clear message.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIN_ROWS = 2  # one number needs no chart
MAX_BARS = 30  # more would be unreadable: the first ones are drawn, the caption says how many
MAX_CAPTION = 1024  # Telegram's limit for a photo caption
LABEL_CHARS = 18
# Where Debian and other systems put CJK fonts; then any installed font with one of these family names.
CJK_FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Source Han Sans SC",
                "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Droid Sans Fallback", "Arial Unicode MS")
NO_FONT = ("无法画图：服务器没有安装中文字体（Debian/Ubuntu 上运行 `apt-get install fonts-noto-cjk` "
           "或 fonts-wqy-zenhei 后重启），以下是图中的数字：")
TOO_FEW = "这个回答没有可以画图的一组数字（至少要两项金额或数量，例如“各项目经费”“基本支出和项目支出”）。"


class ChartError(Exception):
    """No chart can be drawn; the message (Chinese) says why."""


@dataclass
class Chart:
    png: bytes
    caption: str
    kind: str  # "bar" | "pie"


def chartable(rows: list[dict]) -> list[dict]:
    """The rows that carry a number."""
    return [r for r in rows if isinstance(r.get("value"), int | float)]


def caption(rows: list[dict], title: str = "", limit: int = MAX_CAPTION) -> str:
    """The numbers in words, one per line (Telegram caption sized)."""
    lines = [title] if title else []
    rows = chartable(rows)
    for k, r in enumerate(rows):
        series = f"（{r['series']}）" if r.get("series") else ""
        unit = r.get("unit") or ""
        value = f"{r['value']:.2f}{unit}" if unit != "个" else f"{r['value']:g} 个"  # as the tables print it
        line = f"{r['label']}{series}：{value}"
        if len("\n".join([*lines, line])) > limit - 12:
            lines.append(f"……共 {len(rows)} 项")
            break
        lines.append(line)
        del k
    return "\n".join(lines)


_font: tuple[str, int | str] | None = None
_drawing = threading.Lock()  # rc_context changes matplotlib's global settings: one chart at a time


def find_cjk_font() -> tuple[str, int | str] | None:
    """The family name and weight of an installed CJK font (registered with matplotlib), or None."""
    global _font
    if _font:
        return _font
    from matplotlib import font_manager

    # Fonts of one weight (WenQuanYi is "medium") make findfont warn about "normal" on some labels.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    manager = font_manager.fontManager
    for path in CJK_FONT_FILES:
        if Path(path).exists():
            manager.addfont(path)
            break
    by_name = {f.name: f for f in manager.ttflist}
    for family in CJK_FAMILIES:
        if family in by_name:
            # The font's own weight ("medium" for WenQuanYi), so matplotlib does not warn on every label.
            _font = (family, by_name[family].weight)
            return _font
    return None


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def build_figure(rows: list[dict], title: str = "", pie: bool = False,
                 font: tuple[str, int | str] | None = None) -> Any:
    """The matplotlib Figure (tests read its bars before it is saved). Raises ChartError."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    data = chartable(rows)[:MAX_BARS]
    if len(data) < MIN_ROWS:
        raise ChartError(TOO_FEW)
    font = font or find_cjk_font()
    if font is None:
        raise ChartError(NO_FONT)
    units = {r.get("unit") or "" for r in data}
    unit = units.pop() if len(units) == 1 else ""
    series = list(dict.fromkeys(r["series"] for r in data if r.get("series")))
    family, weight = font
    # A CJK font covers Latin and digits too; its weight avoids a findfont warning on every label.
    with matplotlib.rc_context({"font.family": [family], "font.weight": weight, "axes.titleweight": weight,
                                "axes.unicode_minus": False}):
        if pie and not series and all(r["value"] > 0 for r in data):
            fig = Figure(figsize=(7, 5.5), dpi=110)
            ax = fig.add_subplot()
            ax.pie([r["value"] for r in data], labels=[_short(r["label"]) for r in data], autopct="%1.1f%%",
                   startangle=90, counterclock=False)
            ax.axis("equal")
            kind = "pie"
        else:
            labels = list(dict.fromkeys(r["label"] for r in data))
            height = max(3.0, 0.55 * len(labels) * max(1, len(series)) + 1.5)
            fig = Figure(figsize=(8, min(height, 16)), dpi=110)
            ax = fig.add_subplot()
            groups = series or [None]
            step = 0.8 / len(groups)
            for g, name in enumerate(groups):
                values = [next((r["value"] for r in data if r["label"] == label and r.get("series") == name), 0)
                          for label in labels]
                positions = [k + (g - (len(groups) - 1) / 2) * step for k in range(len(labels))]
                bars = ax.barh(positions, values, height=step * 0.9, label=name)
                ax.bar_label(bars, labels=[f"{v:,.2f}" if unit != "个" else f"{v:g}" for v in values], padding=3,
                             fontsize=8)
            ax.set_yticks(range(len(labels)), [_short(label) for label in labels])
            ax.invert_yaxis()  # the first row at the top, as in the answer
            ax.set_xlabel(f"单位：{unit}" if unit else "")
            ax.margins(x=0.15)
            if series:
                ax.legend()
            kind = "bar"
        if title:
            ax.set_title(_short(title) if len(title) > 40 else title)
        fig.tight_layout()
    fig.set_label(kind)  # the kind drawn, read back by render()
    return fig


def render(rows: list[dict], title: str = "", pie: bool = False) -> Chart:
    """PNG bytes of the chart and its caption. Raises ChartError (with the numbers in the message)."""
    with _drawing:
        try:
            fig = build_figure(rows, title, pie)
        except ChartError as exc:
            numbers = caption(rows)
            raise ChartError(f"{exc}\n{numbers}" if str(exc) == NO_FONT and numbers else str(exc)) from None
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        buffer = io.BytesIO()
        FigureCanvasAgg(fig).print_png(buffer)
    return Chart(buffer.getvalue(), caption(rows, title), fig.get_label())


def save(chart: Chart, folder: str | Path, stem: str = "chart") -> Path:
    """Write the PNG under a new name in `folder` and return its path."""
    from datetime import datetime

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = out / f"{stem}-{stamp}.png"
    n = 1
    while path.exists():
        n += 1
        path = out / f"{stem}-{stamp}-{n}.png"
    path.write_bytes(chart.png)
    return path.resolve()
