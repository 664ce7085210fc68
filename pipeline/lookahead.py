"""One pass over a stream shared by two readers, one of which reads ahead.

The run reads documents from disk one at a time and hands the readable ones to the extraction,
which runs ahead of the run (worker processes are kept busy with documents the run will come
to later). ``SharedPass`` reads the source once: ``selected()`` yields the items a predicate
accepts, as far ahead as its reader likes, and iterating the ``SharedPass`` itself yields every
item in order. Only the items read ahead and not yet reached are held, never the whole stream.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class SharedPass(Generic[T]):
    """Every item of ``source`` in order (iterate it), and ``selected()``: those ``wanted``
    accepts, each exactly once, for a reader that may run ahead of the in-order one.

    >>> shared = SharedPass(iter(range(6)), lambda n: n % 2 == 0)
    >>> evens = shared.selected()
    >>> next(evens), next(evens)  # reads 0, 1, 2 from the source
    (0, 2)
    >>> [next(shared) for _ in range(4)]  # 0, 1, 2 were held; 3 is read now
    [0, 1, 2, 3]
    >>> next(shared), list(evens), list(shared)  # 4 read in order is still handed to evens
    (4, [4], [5])
    """

    def __init__(self, source: Iterable[T], wanted: Callable[[T], bool]) -> None:
        self._source = iter(source)
        self._wanted = wanted
        self._ahead: deque[T] = deque()  # read from the source, not yet reached in order
        self._unselected: deque[T] = deque()  # wanted, read by the in-order reader first

    def _read(self) -> T:
        item = next(self._source)  # StopIteration ends whichever reader asked
        self._ahead.append(item)
        return item

    def selected(self) -> Iterator[T]:
        while True:
            if self._unselected:
                yield self._unselected.popleft()
                continue
            try:
                item = self._read()
            except StopIteration:
                return
            if self._wanted(item):
                yield item

    def __iter__(self) -> SharedPass[T]:
        return self

    def __next__(self) -> T:
        if not self._ahead:
            # selected() has read nothing beyond this point: the item is the next it yields
            item = self._read()
            if self._wanted(item):
                self._unselected.append(item)
        return self._ahead.popleft()
