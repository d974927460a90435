"""Who may read: anyone, unless TIMELINE_REQUIRE_LOGIN asks for a signed-in user."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest
from django.views.decorators.http import require_GET


def readable(view):
    """A read-only GET view open to anyone, or to signed-in users when the setting says so."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if settings.TIMELINE_REQUIRE_LOGIN and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return require_GET(wrapper)
