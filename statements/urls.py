from django.urls import path

from statements import views

urlpatterns = [
    path("", views.home, name="home"),
    path("help/search/", views.search_help, name="search-help"),
    path("statements/", views.statement_list, name="statement-list"),
    path("statements/feed/", views.statement_feed, name="statement-feed"),
    path("statements/<int:pk>/", views.statement_detail, name="statement-detail"),
    path("statements/<int:pk>/cite.<str:citation_format>", views.statement_citation, name="statement-citation"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker-detail"),
    path("conflicts/<slug:slug>/", views.conflict_detail, name="conflict-detail"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("compare/", views.compare, name="compare"),
    path("s/", views.save_search, name="save-search"),
    path("s/<slug:key>/", views.saved_search, name="saved-search"),
    path("s/<slug:key>/feed/", views.saved_search_feed, name="saved-search-feed"),
]
