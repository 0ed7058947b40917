/**
 * The notification icon, a 48 px star as an inline PNG: the build ships no icon files, Chrome
 * needs a raster image for notifications, and an inline image needs no web-accessible resource.
 */
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAk0lEQVR42u2YwQ3AIAwDs1En6kJdulU3oCrEtjhLPEN8CiGIKoTQMh3ndb8LAAB+mI+FAMDJfBwEAI7mYyAAcDZvDyEHGDWgXrEg0dWIPlKxvRHd4NG3lMVdb2l+JYj15LV9WgAAwM5NDIAS4KupyCE2I0YCsDLW5uNKCjAzsQRidkIZQMq+rUla/o06KlwIoX30AG4eu/s+aRATAAAAAElFTkSuQmCC';
