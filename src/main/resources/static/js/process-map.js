// Brings the current step of the process map into view inside the map's own scroll box, without scrolling the page.
document.addEventListener('DOMContentLoaded', function () {
  var map = document.querySelector('.process-map');
  var current = map && map.querySelector('#map-current');
  if (!current || map.scrollWidth <= map.clientWidth) {
    return;
  }
  var box = map.getBoundingClientRect();
  var step = current.getBoundingClientRect();
  map.scrollLeft += (step.left + step.width / 2) - (box.left + box.width / 2);
});
