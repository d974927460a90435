"""Curation: staff edit articles, events and their evidence here."""

from __future__ import annotations

from django.contrib import admin
from django.db import models

from timeline.models import Alias, Article, Entity, Event, Mention, Passage


class MentionInline(admin.TabularInline):
    model = Mention
    fk_name = "event"
    extra = 0
    fields = ("phrase", "value", "granularity", "passage_text", "article_title")
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    @admin.display(description="passage")
    def passage_text(self, mention: Mention) -> str:
        return mention.passage.text

    @admin.display(description="article")
    def article_title(self, mention: Mention) -> str:
        return mention.passage.article.title

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("passage__article")


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "date_label", "granularity", "status", "n_articles", "updated_at")
    list_filter = ("status", "granularity")
    search_fields = ("title", "mentions__passage__text")
    date_hierarchy = "date_start"
    readonly_fields = ("n_articles", "edited_fields", "created_at", "updated_at")
    inlines = [MentionInline]

    @admin.display(description="date", ordering="date_start")
    def date_label(self, event: Event) -> str:
        return event.date_label

    def save_model(self, request, obj: Event, form, change: bool) -> None:
        # Whatever an editor changes here, an ingest must never change back.
        edited = set(obj.edited_fields)
        for field in form.changed_data:
            edited.add("date" if field.startswith("date_") or field == "granularity" else field)
        obj.edited_fields = sorted(edited)
        super().save_model(request, obj, form, change)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published", "published_source", "ingested_at")
    list_filter = ("published_source", "outlet", "title_source")
    search_fields = ("title", "outlet", "url", "raw_text")
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "source_name", "ingested_at", "raw_text")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        if "published" in form.changed_data:
            obj.published_source = Article.DateSource.EDITOR
        if "title" in form.changed_data:
            obj.title_source = Article.TitleSource.EDITOR
        super().save_model(request, obj, form, change)
        if change and "published" in form.changed_data:
            from timeline.ingest.pipeline import reresolve_article

            reresolve_article(obj)


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ("text", "article", "position", "start", "end")
    search_fields = ("text", "article__title")
    list_select_related = ("article",)
    readonly_fields = ("article", "position", "start", "end", "text")


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("phrase", "value", "granularity", "resolved_against", "rule", "event", "anchor")
    list_filter = ("granularity", "resolved_against", "timex_type")
    search_fields = ("phrase", "value", "passage__text")
    list_select_related = ("event",)
    raw_id_fields = ("passage", "event")


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ("name", "kind")
    list_filter = ("kind",)
    search_fields = ("name", "aliases__name")
    inlines = [AliasInline]
