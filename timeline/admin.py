"""Curation: staff fix, merge, split, confirm and reject events, date articles, merge entities.

The operations themselves live in ``timeline.curation``; this module only wires them to
forms, actions and buttons. Article text is always escaped (``format_html``).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.http import HttpRequest, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from timeline import curation
from timeline.dates import DATE_BOX_FORMAT
from timeline.models import Alias, Article, Entity, Event, Mention, Passage
from timeline.timex_values import EXAMPLES, GRANULARITY_CHOICES, InvalidTimexValue, stretch_at, stretch_of_value


# The changelists are wide (date, granularity, status, support, conflict...): give them the room.
admin.site.enable_nav_sidebar = False


def highlighted_passage(mention: Mention):
    """The passage with the date phrase in <mark>, every character of article text escaped."""
    if mention.phrase_end <= mention.phrase_start:  # a lead dated by its report: no phrase
        return format_html('<span class="passage">{}</span>', mention.passage.text)
    return format_html(
        '<span class="passage">{}<mark>{}</mark>{}</span>',
        mention.before_phrase,
        mention.passage.text[mention.phrase_start : mention.phrase_end],
        mention.after_phrase,
    )


def _chosen_pk(request) -> int | None:
    """The id the merge page's "into" choice names; None for anything but a plain id."""
    raw = request.POST.get("into", "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 else None


def _merge_confirmation(modeladmin, request, queryset, *, action: str, title: str, keep_label, describe):
    """The page that asks which of the chosen objects to keep before a merge."""
    objects = list(queryset)
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "objects": [(obj, describe(obj)) for obj in objects],
        "keep_label": keep_label,
        "suggested": objects[0].pk if objects else None,
        "action": action,
        "action_checkbox_name": ACTION_CHECKBOX_NAME,
        "opts": modeladmin.model._meta,
        "queryset": queryset,
    }
    return TemplateResponse(request, "admin/timeline/merge_confirmation.html", context)


# --- events ------------------------------------------------------------------------------


class EventForm(forms.ModelForm):
    """An event as an editor sets it: the date as a TIMEX3 value, or a day and a granularity."""

    date_value = forms.CharField(
        label="Date (TIMEX3 value)",
        max_length=40,
        required=False,
        help_text=f"For example {EXAMPLES}. Leave the day below empty to use this.",
    )
    date_day = forms.DateField(
        label="or: a day",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format=DATE_BOX_FORMAT),
        help_text="A day inside the event's date; with the granularity it sets the date value.",
    )
    date_granularity = forms.ChoiceField(
        label="at granularity", choices=GRANULARITY_CHOICES, initial="day", required=False
    )

    class Meta:
        model = Event
        fields = ("title", "date_value", "status", "modality", "confidence", "conflict", "entities")
        widgets = {"title": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["date_granularity"].initial = self.instance.granularity
        self.stretch = None

    def clean_confidence(self):
        confidence = self.cleaned_data["confidence"]
        if confidence is not None and not 0 <= confidence <= 1:
            raise forms.ValidationError("Confidence runs from 0 to 1.")
        return confidence

    def clean(self):
        cleaned = super().clean()
        day, granularity = cleaned.get("date_day"), cleaned.get("date_granularity")
        try:
            if day:
                self.stretch = stretch_at(day, granularity or "day")
            elif cleaned.get("date_value"):
                self.stretch = stretch_of_value(cleaned["date_value"])
            else:
                self.add_error("date_value", f"Give the date as a TIMEX3 value (e.g. {EXAMPLES}) or as a day.")
                return cleaned
        except InvalidTimexValue as error:
            self.add_error("date_day" if day else "date_value", str(error))
            return cleaned
        cleaned["date_value"] = self.stretch.value
        return cleaned

    @property
    def date_changed(self) -> bool:
        return self.stretch is not None and (
            bool(self.cleaned_data.get("date_day")) or self.stretch.value != self.initial.get("date_value")
        )


class MentionInline(admin.TabularInline):
    model = Mention
    fk_name = "event"
    extra = 0
    fields = ("passage_highlighted", "resolution", "source", "placed_by_editor", "split_button")
    readonly_fields = fields
    can_delete = False
    show_change_link = True
    verbose_name = "supporting mention"
    verbose_name_plural = "evidence: the passages that date this event"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="passage (date phrase marked)")
    def passage_highlighted(self, mention: Mention):
        return highlighted_passage(mention)

    @admin.display(description="how it was dated")
    def resolution(self, mention: Mention) -> str:
        return mention.explanation

    @admin.display(description="article")
    def source(self, mention: Mention):
        article = mention.passage.article
        return format_html(
            '<a href="{}">{}</a><br><span class="quiet">{}{}</span>',
            reverse("admin:timeline_article_change", args=[article.pk]),
            article.title,
            f"{article.outlet} · " if article.outlet else "",
            f"published {article.publication_label}",
        )

    @admin.display(description="")
    def split_button(self, mention: Mention):
        if mention.event_id is None or mention.event.mentions.count() < 2:
            return ""  # the only mention: there is nothing to split it from
        # A submit button of the change form itself, sent to the split view: no nested form,
        # the form's CSRF token goes with it, and it works without JavaScript.
        return format_html(
            '<button type="submit" class="button" formaction="{}" formmethod="post" formnovalidate '
            'style="white-space: nowrap" title="Make a new event of this mention">Split out</button>',
            reverse("admin:timeline_event_split", args=[mention.event_id, mention.pk]),
        )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("passage__article", "event")


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return (("low", f"low (below {curation.LOW_CONFIDENCE})"), ("high", "high"))

    def queryset(self, request, queryset):
        if self.value() == "low":
            return queryset.filter(confidence__lt=curation.LOW_CONFIDENCE)
        if self.value() == "high":
            return queryset.filter(confidence__gte=curation.LOW_CONFIDENCE)
        return queryset


class EditedFilter(admin.SimpleListFilter):
    title = "set by an editor"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("any", "anything"), *((field, field) for field in Event.EDITABLE_FIELDS), ("none", "nothing")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(edited_fields=[])
        if value == "any":
            return queryset.exclude(edited_fields=[])
        if value in Event.EDITABLE_FIELDS:
            # JSON list membership, portable across SQLite and PostgreSQL.
            return queryset.filter(edited_fields__icontains=f'"{value}"')
        return queryset


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventForm
    list_display = (
        "title", "date_label", "granularity", "status", "supporting_articles", "conflict", "confidence", "edited",
    )
    list_display_links = ("title",)
    list_filter = ("status", "conflict", ConfidenceFilter, "granularity", "modality", EditedFilter)
    search_fields = ("title", "mentions__passage__text", "mentions__phrase")
    date_hierarchy = "date_start"
    readonly_fields = ("reader_date", "supporting_articles", "edited_fields", "created_at", "updated_at")
    autocomplete_fields = ("entities",)
    inlines = [MentionInline]
    actions = ("confirm_selected", "reject_selected", "merge_selected")
    fieldsets = (
        (None, {"fields": ("title", "status", "modality")}),
        ("Date", {"fields": ("reader_date", "date_value", ("date_day", "date_granularity"))}),
        ("Evidence and review", {"fields": ("supporting_articles", "confidence", "conflict", "entities")}),
        ("Record", {"fields": ("edited_fields", "created_at", "updated_at"), "classes": ("collapse",)}),
    )

    @admin.display(description="date", ordering="date_start")
    def date_label(self, event: Event) -> str:
        return event.date_label

    @admin.display(description="date as readers see it")
    def reader_date(self, event: Event) -> str:
        if not event.pk:
            return "–"
        return f"{event.date_label} ({event.date_start:%Y-%m-%d} to {event.date_end:%Y-%m-%d}, {event.granularity})"

    @admin.display(description="articles", ordering="n_articles")
    def supporting_articles(self, event: Event) -> int:
        return event.n_articles

    @admin.display(description="set by editor")
    def edited(self, event: Event) -> str:
        return ", ".join(event.edited_fields) or "–"

    # Saving the change form: the editor's fields are marked, and the history says what changed.

    def save_model(self, request, obj: Event, form: EventForm, change: bool) -> None:
        said = []
        if not change:
            obj.edited_fields = list(Event.EDITABLE_FIELDS)
        if form.date_changed or not change:
            curation.apply_date(obj, form.stretch)
            said.append(f"date set to {obj.date_label} ({obj.date_value})")
        if change and "title" in form.changed_data:
            curation._mark_edited(obj, "title")
            said.append(f"title set to “{obj.title}”")
        if change and "status" in form.changed_data:
            curation._mark_edited(obj, "status")
            said.append(f"status set to {obj.get_status_display()}")
        if change and "entities" in form.changed_data:
            curation._mark_edited(obj, "entities")
        for field in ("modality", "confidence", "conflict"):
            if change and field in form.changed_data:
                said.append(f"{Event._meta.get_field(field).verbose_name} set to {getattr(obj, field)}")
        super().save_model(request, obj, form, change)
        request._curation_message = "; ".join(said)

    def construct_change_message(self, request, form, formsets, add=False):
        message = getattr(request, "_curation_message", "")
        if "entities" in form.changed_data:
            message = "; ".join(filter(None, [message, "entities changed"]))
        if message:
            return message[0].upper() + message[1:] + "."
        return super().construct_change_message(request, form, formsets, add)

    # Actions.

    @admin.action(description="Confirm the selected events", permissions=["change"])
    def confirm_selected(self, request, queryset):
        for event in queryset:
            curation.confirm(event, request.user)
        self.message_user(request, f"Confirmed {len(queryset)} event(s).", messages.SUCCESS)

    @admin.action(description="Reject the selected events", permissions=["change"])
    def reject_selected(self, request, queryset):
        for event in queryset:
            curation.reject(event, request.user)
        self.message_user(request, f"Rejected {len(queryset)} event(s); they leave the timeline.", messages.SUCCESS)

    @admin.action(description="Merge the selected events into one", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        queryset = queryset.annotate(n_mentions=Count("mentions")).order_by("-n_mentions", "pk")
        if queryset.count() < 2:
            self.message_user(request, "Choose at least two events to merge.", messages.WARNING)
            return None
        if request.POST.get("post") != "yes":
            return _merge_confirmation(
                self, request, queryset,
                action="merge_selected",
                title="Merge events",
                keep_label="Keep this event (its title, unless another has an editor's title)",
                describe=lambda e: f"{e.date_label} · {e.get_status_display()} · {e.n_mentions} mention(s), "
                f"{e.n_articles} article(s)" + (f" · set by editor: {', '.join(e.edited_fields)}" if e.edited_fields else ""),
            )
        into = queryset.filter(pk=_chosen_pk(request)).first()
        try:
            event = curation.merge_events(queryset, request.user, into=into)
        except curation.CurationError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        self.message_user(
            request,
            format_html('Merged into <a href="{}">{}</a>.', reverse("admin:timeline_event_change", args=[event.pk]), event),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[event.pk]))

    # Splitting a mention out from the event page.

    def get_urls(self):
        return [
            path(
                "<int:event_id>/split/<int:mention_id>/",
                self.admin_site.admin_view(self.split_view),
                name="timeline_event_split",
            ),
            *super().get_urls(),
        ]

    def split_view(self, request: HttpRequest, event_id: int, mention_id: int):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        mention = get_object_or_404(Mention.objects.select_related("passage__article"), pk=mention_id, event_id=event_id)
        try:
            event = curation.split_mention(mention, request.user)
        except curation.CurationError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[event_id]))
        self.message_user(
            request,
            format_html(
                "“{}” is now its own event: <a href=\"{}\">{}</a>.",
                mention.phrase,
                reverse("admin:timeline_event_change", args=[event.pk]),
                event,
            ),
            messages.SUCCESS,
        )
        if Event.objects.filter(pk=event_id).exists():
            return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[event_id]))
        return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[event.pk]))


# --- articles ----------------------------------------------------------------------------


class ArticleForm(forms.ModelForm):
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https")

    class Meta:
        model = Article
        fields = ("title", "outlet", "url", "published")
        widgets = {"published": forms.DateInput(attrs={"type": "date"}, format=DATE_BOX_FORMAT)}

    def clean_published(self):
        published = self.cleaned_data.get("published")
        try:
            curation.check_publication_date(published)
        except curation.CurationError as error:
            raise forms.ValidationError(str(error)) from None
        return published


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    list_display = ("title", "outlet", "published", "published_source", "n_mentions", "ingested_at")
    list_filter = (("published", admin.EmptyFieldListFilter), "published_source", "outlet", "title_source")
    search_fields = ("title", "outlet", "url", "raw_text")
    date_hierarchy = "published"
    readonly_fields = (
        "published_source", "title_source", "content_hash", "source_name", "ingested_at", "dates_version", "raw_text",
    )
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ("reingest_selected",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_mentions=Count("passages__mentions"))

    @admin.display(description="dates found", ordering="n_mentions")
    def n_mentions(self, article: Article) -> int:
        return article.n_mentions

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        if "title" in form.changed_data:
            obj.title_source = Article.TitleSource.EDITOR
        new_date = obj.published
        date_changed = change and "published" in form.changed_data
        if date_changed:
            obj.published = form.initial.get("published")
        elif not change and obj.published:
            obj.published_source = Article.DateSource.EDITOR
        super().save_model(request, obj, form, change)
        if date_changed:
            curation.set_publication_date(obj, new_date, request.user)

    def delete_model(self, request, obj: Article) -> None:
        curation.delete_articles([obj], request.user)

    def delete_queryset(self, request, queryset) -> None:
        curation.delete_articles(queryset, request.user)

    @admin.action(description="Read the selected articles again (passages, dates, events)", permissions=["change"])
    def reingest_selected(self, request, queryset):
        for article in queryset:
            curation.reingest_article(article, request.user)
        self.message_user(request, f"Read {len(queryset)} article(s) again.", messages.SUCCESS)


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ("text", "article", "position", "start", "end")
    search_fields = ("text", "article__title")
    list_select_related = ("article",)
    readonly_fields = ("article", "position", "start", "end", "text")


# --- mentions ----------------------------------------------------------------------------


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("phrase", "value", "granularity", "resolved_against", "event", "placed_by_editor", "anchor")
    list_filter = ("granularity", "resolved_against", "timex_type", "placed_by_editor")
    search_fields = ("phrase", "value", "passage__text")
    list_select_related = ("event",)
    raw_id_fields = ("event",)
    fields = (
        "passage_highlighted", "explanation", "event", "placed_by_editor", "phrase", "value", "granularity",
        "date_start", "date_end", "timex_type", "anchor", "resolved_against", "reference", "rule", "modality",
    )
    readonly_fields = tuple(f for f in fields if f not in ("event", "placed_by_editor"))
    actions = ("split_selected",)

    @admin.display(description="passage (date phrase marked)")
    def passage_highlighted(self, mention: Mention):
        return highlighted_passage(mention)

    @admin.display(description="how it was dated")
    def explanation(self, mention: Mention) -> str:
        return mention.explanation

    def save_model(self, request, obj: Mention, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if "event" in form.changed_data:
            # An editor moved it: it stays where it was put, and both events follow.
            from timeline.ingest.events import refresh_events, relink_entities

            obj.placed_by_editor = True
            obj.save(update_fields=["placed_by_editor"])
            both = {pk for pk in (form.initial.get("event"), obj.event_id) if pk}
            refresh_events(both)
            relink_entities(both)

    @admin.action(description="Split the selected mentions out into a new event", permissions=["change"])
    def split_selected(self, request, queryset):
        try:
            event = curation.split_mentions(queryset.select_related("passage__article"), request.user)
        except curation.CurationError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        self.message_user(
            request,
            format_html('New event <a href="{}">{}</a>.', reverse("admin:timeline_event_change", args=[event.pk]), event),
            messages.SUCCESS,
        )
        return None


# --- entities ----------------------------------------------------------------------------


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "alias_names", "n_events")
    list_filter = ("kind",)
    search_fields = ("name", "aliases__name")
    inlines = [AliasInline]
    actions = ("merge_selected",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("events", distinct=True)).prefetch_related("aliases")

    @admin.display(description="aliases")
    def alias_names(self, entity: Entity) -> str:
        return ", ".join(alias.name for alias in entity.aliases.all()) or "–"

    @admin.display(description="events", ordering="n_events")
    def n_events(self, entity: Entity) -> int:
        return entity.n_events

    @admin.action(description="Merge the selected entities into one", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        queryset = queryset.order_by("-n_events", "pk")
        if queryset.count() < 2:
            self.message_user(request, "Choose at least two entities to merge.", messages.WARNING)
            return None
        if request.POST.get("post") != "yes":
            return _merge_confirmation(
                self, request, queryset,
                action="merge_selected",
                title="Merge entities",
                keep_label="Keep this entity's name (the others become its aliases)",
                describe=lambda e: f"{e.get_kind_display()} · {e.n_events} event(s) · aliases: "
                + (", ".join(a.name for a in e.aliases.all()) or "none"),
            )
        into = queryset.filter(pk=_chosen_pk(request)).first()
        try:
            entity = curation.merge_entities(queryset, request.user, into=into)
        except curation.CurationError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        self.message_user(request, f"Merged into {entity.name}.", messages.SUCCESS)
        return None
