"""Page models of the publications app, one page type per module."""

from .news import NewsIndexPage, NewsPage, NewsPageTag
from .reports import ReportDownloadCount, ReportIndexPage, ReportPage
from .sectors import SectorIndexPage, SectorPage
from .standard import StandardPage

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "ReportDownloadCount",
    "ReportIndexPage",
    "ReportPage",
    "SectorIndexPage",
    "SectorPage",
    "StandardPage",
]
