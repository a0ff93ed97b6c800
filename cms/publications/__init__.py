"""Reports, news, standard pages and the sector pages of the Wagtail site."""
