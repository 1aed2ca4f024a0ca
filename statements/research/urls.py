from django.urls import path

from statements.research import views
from statements.web.page_cache import cached_page

# cached_page: pages that look the same to every visitor, kept until the data they show changes.
urlpatterns = [
    path("", cached_page(views.home), name="home"),
    path("help/search/", views.search_help, name="search-help"),
    path("statements/", cached_page(views.statement_list), name="statement-list"),
    path("statements/feed/", cached_page(views.statement_feed), name="statement-feed"),
    path("statements/<int:pk>/", cached_page(views.statement_detail), name="statement-detail"),
    path("statements/<int:pk>/cite.<str:citation_format>", views.statement_citation, name="statement-citation"),
    path("speakers/<slug:slug>/", cached_page(views.speaker_detail), name="speaker-detail"),
    path("conflicts/<slug:slug>/", cached_page(views.conflict_detail), name="conflict-detail"),
    path("articles/<int:pk>/", cached_page(views.article_detail), name="article-detail"),
    path("compare/", cached_page(views.compare), name="compare"),
    path("s/", views.save_search, name="save-search"),
    path("s/<slug:key>/", cached_page(views.saved_search), name="saved-search"),
    path("s/<slug:key>/feed/", cached_page(views.saved_search_feed), name="saved-search-feed"),
]
