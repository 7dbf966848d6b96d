"""Rule-based Chinese Q&A over government budget performance-target tables (项目支出绩效目标表)."""

__version__ = "0.1.0"
